/**
 * Money: {@link org.kenmon.money.ExchangeRates} converts amounts for comparison with thresholds,
 * only with rates the user gave, and says which rate it used.
 */
package org.kenmon.money;

/**
 * What an agreement would change for real transactions: each transaction screened against the
 * regimes without and with the agreement on the same date ({@link org.kenmon.whatif.WhatIf}), the
 * difference classified ({@link org.kenmon.whatif.Comparison}), and what it frees totalled by HS
 * chapter, brand origin, route or crossing and counterparty ({@link org.kenmon.whatif.WhatIfTally}).
 * Renderers for text, JSON and HTML are in {@code org.kenmon.whatif.report}.
 */
package org.kenmon.whatif;

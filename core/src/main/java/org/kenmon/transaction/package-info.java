/**
 * Transactions to screen: {@link org.kenmon.transaction.Transaction} with its parties, goods
 * lines, route, vessel and amounts; read them with {@link
 * org.kenmon.transaction.read.TransactionReader}.
 */
package org.kenmon.transaction;

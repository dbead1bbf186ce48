/**
 * Identifiers hidden in the free text of list records: dates of birth, nationalities, passport and
 * national id numbers, IMO and MMSI numbers, crypto addresses, SWIFT/BIC codes, e-mail addresses,
 * and OFAC's weak aliases ({@code a.k.a. 'BNC'}). Start with {@link
 * org.kenmon.lists.remarks.Remarks#extract}; {@link org.kenmon.lists.remarks.Imo} checks IMO numbers.
 */
package org.kenmon.lists.remarks;

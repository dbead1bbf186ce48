/**
 * Agreements as data, and what they would change: an {@link org.kenmon.agreement.Agreement} (read
 * with {@link org.kenmon.agreement.AgreementReader}, checked against the loaded regimes with {@link
 * org.kenmon.agreement.AgreementCheck}) lists changes to measures (withdraw, suspend, amend
 * thresholds, add an exception, narrow goods, add a measure). {@link
 * org.kenmon.agreement.AgreementOverlay} turns them into new regimes, the changes expressed as
 * validity intervals and amendments, so that {@link org.kenmon.rulebook.RegimeHistory} answers
 * "what if" on any date; {@link org.kenmon.agreement.AgreementOverlay#scenario} gives the regimes
 * without and with an agreement, also for one the regimes already record. Format:
 * docs/agreements.md.
 */
package org.kenmon.agreement;

/**
 * Regimes as data: {@link org.kenmon.regime.Regime} holds one issuer's {@link
 * org.kenmon.regime.Measure}s against one target, each with scope, effect, thresholds, exceptions,
 * legal basis, sources and dated {@link org.kenmon.regime.Validity} intervals. Values only; read
 * them with {@link org.kenmon.regime.yaml.RegimeReader} and evaluate them for a date with {@link
 * org.kenmon.rulebook.RegimeHistory}.
 */
package org.kenmon.regime;

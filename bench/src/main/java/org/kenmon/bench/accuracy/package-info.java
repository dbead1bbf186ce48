/**
 * Quality benchmarks of name matching, each a main that prints markdown and writes its misses to
 * {@code bench/target/}. {@link org.kenmon.bench.accuracy.NameBench} scores nomenklatura's
 * labelled name pairs, {@link org.kenmon.bench.accuracy.UnAliasRecall} checks every UN name finds
 * its entry, {@link org.kenmon.bench.accuracy.FalseAlerts} counts alerts on yente's synthetic
 * negatives, and {@link org.kenmon.bench.accuracy.Evaluate} runs the three and chooses thresholds.
 * {@link org.kenmon.bench.accuracy.Confusion} holds the counts they share.
 */
package org.kenmon.bench.accuracy;

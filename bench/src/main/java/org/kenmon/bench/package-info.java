/**
 * Benchmarks of name matching, outside the shipped code (docs/benchmarks.md, "Name matching").
 * {@link org.kenmon.bench.BenchData} loads the lists every benchmark runs against (the shipped UN
 * list and the OFAC SDN CSV set of 2021) and finds the labelled data in {@code shared/}; {@link
 * org.kenmon.bench.RunInfo} stamps a report with date, JDK, machine and commit. The quality
 * benchmarks are in {@code accuracy} (start with {@link org.kenmon.bench.accuracy.Evaluate}), the
 * JMH speed benchmarks in {@code speed}. Nothing here runs during {@code mvn verify}.
 */
package org.kenmon.bench;

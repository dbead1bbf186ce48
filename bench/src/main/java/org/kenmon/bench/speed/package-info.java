/**
 * Speed benchmarks of name matching, with JMH. {@link org.kenmon.bench.speed.MatchBenchmark}
 * times one query against UN + OFAC SDN 2021 next to {@link
 * org.kenmon.bench.speed.FullScanJaroWinkler}, the baseline that scores every name;
 * {@link org.kenmon.bench.speed.IndexBuildBenchmark} times reading the lists and building the
 * index; {@link org.kenmon.bench.speed.IndexHeap} measures the heap the index keeps; {@link
 * org.kenmon.bench.speed.JmhTable} turns JMH's JSON into the tables of docs/benchmarks.md. {@link
 * org.kenmon.bench.speed.ScreenThroughput} runs {@code kenmon screen} on generated ledgers against
 * its {@code --no-screen} baseline; {@link org.kenmon.bench.speed.SameVerdicts} checks that two
 * builds write the same verdicts. Each class's Javadoc has the command that runs it.
 */
package org.kenmon.bench.speed;

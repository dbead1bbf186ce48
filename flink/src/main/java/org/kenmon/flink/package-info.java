/**
 * Kenmon's screening as an Apache Flink job, for ledgers that outgrow one machine.
 *
 * <p>Nothing about judging lives here: each record goes through {@code
 * BatchScreening.screenRecord} with a {@code Screener} of core, as in {@code kenmon screen}, so a
 * record gets the same verdict, byte for byte, on a laptop and on a cluster. This package only
 * moves records: {@link org.kenmon.flink.NumberedLinesFormat} reads ledgers as numbered lines (so
 * a reject names file and line), {@link org.kenmon.flink.ScreenFunction} judges them, and {@link
 * org.kenmon.flink.ScreeningJob} wires sources, screening and sinks and checks that read =
 * screened + rejected.
 */
package org.kenmon.flink;

package org.kenmon.flink;

/**
 * One line of a ledger and where it is: the file and the 1-based line number a reject names.
 *
 * @param text the line without its line terminator
 */
public record NumberedLine(String file, long number, String text) {}

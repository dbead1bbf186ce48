package org.kenmon.transaction.read;

/**
 * Parses one record of a transaction file into a transaction or a reject. Implementations are
 * thread-safe, so records read in order can be parsed in parallel.
 */
public interface TransactionParser {
  ReadOutcome parse(String file, long line, String text);
}

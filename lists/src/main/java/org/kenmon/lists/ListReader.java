package org.kenmon.lists;

/**
 * Reads one source format into the common model. Implementations are stateless and thread-safe;
 * get one from {@link ListFormat#reader()}.
 */
public interface ListReader {

  /**
   * Reads the input, loading every good record and reporting the bad ones as problems.
   *
   * @throws ListReadException when the input cannot be read at all (missing, not well-formed,
   *     refused DTD, unknown CSV columns, a date needed but not given)
   * @throws ListLimitException when the input goes over one of its {@link ReadLimits}
   */
  ListReadResult read(ListInput input);
}

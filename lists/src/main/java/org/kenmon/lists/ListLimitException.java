package org.kenmon.lists;

/**
 * An input went over one of the {@link ReadLimits}. The message gives the actual value, the limit,
 * and the {@code ReadLimits} setting to raise if the input is trusted.
 */
public final class ListLimitException extends ListReadException {
  private static final long serialVersionUID = 1L;

  private final String limit;

  public ListLimitException(String file, int line, String limit, String actual, long max) {
    super(file, line, actual + " is over the limit " + limit + "=" + max
        + "; raise ReadLimits." + limit + " if the input is trusted");
    this.limit = limit;
  }

  /** The name of the {@link ReadLimits} component that was exceeded, e.g. {@code maxXmlDepth}. */
  public String limit() {
    return limit;
  }
}

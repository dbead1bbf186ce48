package org.kenmon.lists;

/**
 * The limits every list reader enforces on untrusted input. Going over a limit fails the whole read
 * with a {@link ListLimitException} that names the limit, because a silently truncated sanctions
 * list is worse than none. Immutable; start from {@link #defaults()} and change one limit with a
 * {@code with…} method.
 *
 * @param maxFileBytes largest input file, in bytes (default 256 MiB: the OFAC advanced XML, the
 *     largest list we know of, is about 120 MB; the UN list is 2 MB)
 * @param maxEntries most records in one input (default 1,000,000; the OFAC SDN list has about
 *     18,000, the UN list about 1,000)
 * @param maxXmlDepth deepest XML element nesting (default 32; the UN list nests 5 deep)
 * @param maxTextChars longest XML element text, CSV field or JSON line, in characters (default
 *     1,000,000; the longest UN comment is a few thousand)
 * @param maxProblems most problems kept in a result; the rest are counted in one closing problem
 *     (default 10,000)
 */
public record ReadLimits(long maxFileBytes, int maxEntries, int maxXmlDepth, int maxTextChars,
    int maxProblems) {

  private static final ReadLimits DEFAULTS = new ReadLimits(256L << 20, 1_000_000, 32, 1_000_000, 10_000);

  /**
   * @throws IllegalArgumentException naming the limit when one is not positive
   */
  public ReadLimits {
    require(maxFileBytes > 0, "maxFileBytes", maxFileBytes);
    require(maxEntries > 0, "maxEntries", maxEntries);
    require(maxXmlDepth > 0, "maxXmlDepth", maxXmlDepth);
    require(maxTextChars > 0, "maxTextChars", maxTextChars);
    require(maxProblems > 0, "maxProblems", maxProblems);
  }

  /** The documented defaults. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  public ReadLimits withMaxFileBytes(long value) {
    return new ReadLimits(value, maxEntries, maxXmlDepth, maxTextChars, maxProblems);
  }

  public ReadLimits withMaxEntries(int value) {
    return new ReadLimits(maxFileBytes, value, maxXmlDepth, maxTextChars, maxProblems);
  }

  public ReadLimits withMaxXmlDepth(int value) {
    return new ReadLimits(maxFileBytes, maxEntries, value, maxTextChars, maxProblems);
  }

  public ReadLimits withMaxTextChars(int value) {
    return new ReadLimits(maxFileBytes, maxEntries, maxXmlDepth, value, maxProblems);
  }

  public ReadLimits withMaxProblems(int value) {
    return new ReadLimits(maxFileBytes, maxEntries, maxXmlDepth, maxTextChars, value);
  }

  private static void require(boolean ok, String limit, long value) {
    if (!ok) {
      throw new IllegalArgumentException("ReadLimits." + limit + " must be positive, not " + value);
    }
  }
}

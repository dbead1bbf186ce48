package org.kenmon.cli;

/** The exit codes every kenmon command uses (also listed in {@code kenmon --help}). */
final class ExitCodes {
  static final int OK = 0;
  /** A check or screening found what it looks for: errors in data, prohibited transactions. */
  static final int FOUND = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}
}

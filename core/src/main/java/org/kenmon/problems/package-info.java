/**
 * Located input problems: every reader in Kenmon reports bad input as a {@link
 * org.kenmon.problems.Problem} naming file, line, column and field, and keeps going, so that all
 * problems of a file are reported at once.
 */
package org.kenmon.problems;

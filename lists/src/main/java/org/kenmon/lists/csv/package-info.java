/**
 * The Kenmon list CSV, for lists that come in no standard format: a national list such as Japan's
 * MOF list typed up from its PDF, or a bank's own list. Start with {@link
 * org.kenmon.lists.csv.CsvListReader}; the columns are documented in {@code docs/lists.md} and in
 * {@link org.kenmon.lists.csv.CsvColumn}. Unlike the published formats, which Kenmon reads as
 * leniently as it can, this one is the user's own file: a value that cannot be read rejects its
 * row, with a message that says how to fix it.
 */
package org.kenmon.lists.csv;

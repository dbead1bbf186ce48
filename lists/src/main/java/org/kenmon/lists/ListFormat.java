package org.kenmon.lists;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kenmon.lists.csv.CsvListReader;
import org.kenmon.lists.ftm.FtmListReader;
import org.kenmon.lists.ofac.OfacListReader;
import org.kenmon.lists.un.UnListReader;

/**
 * The source formats Kenmon reads, each with its code (as used on the command line) and reader.
 * Adding a list means adding a package of the same shape as {@code un} and a constant here.
 */
public enum ListFormat {
  UN_XML("un-xml", "UN Security Council consolidated list, XML", false, UnListReader::new),
  OFAC_CSV("ofac-csv", "OFAC SDN legacy CSV set (a folder with sdn.csv, add.csv, alt.csv, sdn_comments.csv)",
      true, OfacListReader::new),
  FTM("ftm", "FollowTheMoney entities, one JSON object per line", true, FtmListReader::new),
  CSV("csv", "Kenmon list CSV for in-house and national lists (docs/lists.md)", true, CsvListReader::new);

  private final String code;
  private final String description;
  private final boolean needsAsOf;
  private final Supplier<ListReader> reader;

  ListFormat(String code, String description, boolean needsAsOf, Supplier<ListReader> reader) {
    this.code = code;
    this.description = description;
    this.needsAsOf = needsAsOf;
    this.reader = reader;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** Whether the caller must give the as-of date because the files do not carry one. */
  public boolean needsAsOf() {
    return needsAsOf;
  }

  public ListReader reader() {
    return reader.get();
  }

  /**
   * @throws IllegalArgumentException listing the known codes when the code is none of them
   */
  public static ListFormat parse(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (ListFormat f : values()) {
      if (f.code.equals(c)) {
        return f;
      }
    }
    throw new IllegalArgumentException("\"" + code + "\" is not a list format ("
        + Arrays.stream(values()).map(ListFormat::code).collect(Collectors.joining(", ")) + ")");
  }

  @Override
  public String toString() {
    return code;
  }
}

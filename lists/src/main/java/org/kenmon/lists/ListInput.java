package org.kenmon.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to read and how: the file (a folder for the OFAC CSV set), an optional list id and as-of
 * date that override or supply what the file does not say, and the limits.
 *
 * @param path the file or folder
 * @param listId the list id to use, or null for the format's own (UN {@code un-sc}, OFAC {@code
 *     ofac-sdn}, FtM the common dataset, in-house CSV the file name)
 * @param asOf the date the list is as of, or null; required by formats whose files carry no date
 * @param limits the input limits
 */
public record ListInput(Path path, String listId, LocalDate asOf, ReadLimits limits) {
  private static final Pattern LIST_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * @throws IllegalArgumentException when the list id is not lower-case letters, digits, '.', '_'
   *     or '-' (at most 64)
   */
  public ListInput {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limits, "limits");
    if (listId != null && !LIST_ID.matcher(listId).matches()) {
      throw new IllegalArgumentException("\"" + listId + "\" is not a list id (lower-case letters, digits, "
          + "'.', '_' or '-', at most 64, e.g. jp-mof)");
    }
  }

  /** Whether the text can be a list id. */
  public static boolean isListId(String text) {
    return text != null && LIST_ID.matcher(text).matches();
  }

  public static ListInput of(Path path) {
    return new ListInput(path, null, null, ReadLimits.defaults());
  }

  public ListInput withListId(String id) {
    return new ListInput(path, id, asOf, limits);
  }

  public ListInput withAsOf(LocalDate date) {
    return new ListInput(path, listId, date, limits);
  }

  public ListInput withLimits(ReadLimits value) {
    return new ListInput(path, listId, asOf, value);
  }

  /** The file name, as problems name it. */
  public String fileName() {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** A list id made from the file name: {@code "JP MOF list.csv"} gives {@code jp-mof-list}. */
  public String listIdFromFileName() {
    String stem = fileName().replaceFirst("(\\.(csv|json|jsonl|ijson|ftm|txt|gz))+$", "");
    String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    id = id.length() > 64 ? id.substring(0, 64) : id;
    return id.isEmpty() ? "list" : id;
  }
}

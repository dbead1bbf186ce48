package org.kenmon.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ListReader;
import org.kenmon.lists.ReadLimits;
import org.kenmon.lists.internal.MeteredInput;
import org.kenmon.lists.internal.ReadLog;

/**
 * Reads the UN Security Council Consolidated List XML. The list id is {@code un-sc}; the as-of date
 * is the root's {@code dateGenerated} unless the caller gives one. See {@code docs/lists.md} for
 * what is read from each record.
 */
public final class UnListReader implements ListReader {
  public static final String LIST_ID = "un-sc";
  public static final String TITLE = "UN Security Council Consolidated List";

  @Override
  public ListReadResult read(ListInput input) {
    try (MeteredInput in = MeteredInput.open(input.path(), input.limits().maxFileBytes())) {
      return read(in, input.fileName(), input.listId(), input.asOf(), input.limits());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads from a stream, for the list shipped inside the jar. The stream is read to its end and
   * not closed.
   *
   * @param listId the list id, or null for {@code un-sc}
   * @param asOf the as-of date, or null for the file's {@code dateGenerated}
   */
  public ListReadResult read(InputStream stream, String fileName, String listId, LocalDate asOf, ReadLimits limits) {
    MeteredInput in = stream instanceof MeteredInput ? (MeteredInput) stream
        : new MeteredInput(stream, fileName, limits.maxFileBytes());
    ReadLog log = new ReadLog(fileName, limits);
    String id = listId == null ? LIST_ID : listId;
    LocalDate[] date = {asOf};
    new UnXmlParser(fileName, limits).parse(in.shielded(), new UnXmlParser.Handler() {
      @Override
      public void root(String dateGenerated) {
        if (date[0] == null) {
          date[0] = generated(fileName, dateGenerated);
        }
      }

      @Override
      public void record(XmlNode node) {
        var draft = log.record(id, node.line());
        UnMapper.map(node, draft);
        draft.finish();
      }
    });
    if (date[0] == null) {
      throw new ListReadException(fileName, 0, "the file has no dateGenerated; give the as-of date");
    }
    return log.finish(id, TITLE, "un-xml", date[0], in.finishHash());
  }

  private static LocalDate generated(String file, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new ListReadException(file, 1, "dateGenerated \"" + value + "\" is not a date; give the as-of date", e);
    }
  }
}

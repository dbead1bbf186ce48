package org.kenmon.lists.ofac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ListReader;
import org.kenmon.lists.internal.CsvRows;
import org.kenmon.lists.internal.EntryDraft;
import org.kenmon.lists.internal.MeteredInput;
import org.kenmon.lists.internal.ReadLog;
import org.kenmon.lists.internal.Texts;
import org.kenmon.stamp.Hashing;

/**
 * Reads the OFAC SDN legacy CSV set from a folder (or from its {@code sdn.csv}): {@code sdn.csv}
 * is required, {@code alt.csv}, {@code add.csv} and {@code sdn_comments.csv} are used when present.
 * The files carry no date, so the caller must give the as-of date. Text is read as Latin-1 and
 * {@code -0-} is null. {@code sdn_comments.csv} continues the remarks of {@code sdn.csv} where they
 * were cut at 1,000 characters, sometimes mid-word, so it is appended without a separator.
 *
 * <p>The version's SHA-256 is that of the file list {@code sha256sum} prints for the files present,
 * in the order sdn, add, alt, comments: {@code sha256sum sdn.csv add.csv alt.csv sdn_comments.csv |
 * sha256sum} gives the same value.
 */
public final class OfacListReader implements ListReader {
  public static final String LIST_ID = "ofac-sdn";
  public static final String TITLE = "OFAC Specially Designated Nationals and Blocked Persons List";

  @Override
  public ListReadResult read(ListInput input) {
    Path dir = Files.isDirectory(input.path()) ? input.path() : input.path().toAbsolutePath().getParent();
    if (!Files.exists(dir.resolve("sdn.csv"))) {
      throw new ListReadException(input.fileName(), 0, "no sdn.csv in " + dir
          + " (the OFAC CSV set is a folder with sdn.csv and optionally add.csv, alt.csv, sdn_comments.csv)");
    }
    if (input.asOf() == null) {
      throw new ListReadException("sdn.csv", 0, "the OFAC CSV files carry no date; give the as-of date");
    }
    String listId = input.listId() == null ? LIST_ID : input.listId();
    ReadLog log = new ReadLog("sdn.csv", input.limits());
    Map<String, Pending> byEntNum = new LinkedHashMap<>();
    StringBuilder manifest = new StringBuilder();

    manifest.append(read(dir, "sdn.csv", input, (line, f) -> {
      if (f.size() != OfacMapper.SDN_FIELDS) {
        log.reject(line, "row", "expected " + OfacMapper.SDN_FIELDS + " fields (ent_num, SDN_Name, SDN_Type, Program, "
            + "Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), found " + f.size());
        return;
      }
      EntryDraft d = log.record(listId, line);
      OfacMapper.primary(f, d);
      Pending p = new Pending(d, f.get(11));
      Pending first = d.entryId() == null ? null : byEntNum.putIfAbsent(d.entryId(), p);
      if (first != null) {
        d.error("id", "duplicate ent_num " + d.entryId() + ", first at sdn.csv:" + first.draft.line()
            + "; the first is kept");
      }
      if (d.entryId() == null || first != null) {
        // Finished now so the error is reported; the side files join the first row only.
        p.finish();
      }
    }));
    OfacMapper.WarningSink warn = log::warning;
    manifest.append(side(dir, "add.csv", input, OfacMapper.ADD_FIELDS, byEntNum, warn,
        (f, p, line) -> OfacMapper.address(f, p.draft)));
    manifest.append(side(dir, "alt.csv", input, OfacMapper.ALT_FIELDS, byEntNum, warn,
        (f, p, line) -> OfacMapper.alias(f, p.draft, "alt.csv", line, warn)));
    manifest.append(side(dir, "sdn_comments.csv", input, 2, byEntNum, warn,
        (f, p, line) -> p.remarks.append(f.get(1))));
    byEntNum.values().forEach(Pending::finish);
    return log.finish(listId, TITLE, "ofac-csv", input.asOf(), Hashing.sha256(manifest.toString()));
  }

  private interface Row {
    void apply(List<String> fields, Pending entry, int line);
  }

  private static String side(Path dir, String name, ListInput input, int fields, Map<String, Pending> byEntNum,
      OfacMapper.WarningSink warn, Row row) {
    if (!Files.exists(dir.resolve(name))) {
      return "";
    }
    return read(dir, name, input, (line, f) -> {
      if (f.size() != fields) {
        warn.warn(name, line, "row", "expected " + fields + " fields, found " + f.size() + "; row ignored");
        return;
      }
      String entNum = Texts.clean(f.get(0));
      Pending p = entNum == null ? null : byEntNum.get(entNum);
      if (p == null) {
        warn.warn(name, line, "ent_num", "ent_num " + Texts.quote(entNum) + " is not in sdn.csv; row ignored");
        return;
      }
      row.apply(f, p, line);
    });
  }

  /** Reads one file and returns its line of the {@code sha256sum} manifest. */
  private static String read(Path dir, String name, ListInput input, CsvRows.Handler handler) {
    try (MeteredInput in = MeteredInput.open(dir.resolve(name), input.limits().maxFileBytes())) {
      CsvRows.read(in.shielded(), StandardCharsets.ISO_8859_1, name, input.limits(), handler);
      return in.finishHash() + "  " + name + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An sdn.csv row waiting for its aliases, addresses and remark continuation. */
  private static final class Pending {
    final EntryDraft draft;
    final StringBuilder remarks = new StringBuilder();

    Pending(EntryDraft draft, String remarks) {
      this.draft = draft;
      // Not stripped: where OFAC cut a remark after a space, the continuation needs that space.
      if (Texts.clean(remarks) != null) {
        this.remarks.append(remarks);
      }
    }

    void finish() {
      OfacMapper.remarks(remarks.toString(), draft);
      draft.finish();
    }
  }
}

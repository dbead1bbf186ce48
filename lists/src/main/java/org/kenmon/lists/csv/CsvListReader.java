package org.kenmon.lists.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ListReader;
import org.kenmon.lists.internal.CsvRows;
import org.kenmon.lists.internal.MeteredInput;
import org.kenmon.lists.internal.ReadLog;

/**
 * Reads the Kenmon list CSV (UTF-8, comma-separated, a header row first; see {@link CsvColumn}).
 * The header must have {@code id,name,type}; an unknown or repeated column fails the whole read,
 * naming it, because a misspelt column would otherwise be silently ignored. The list id is the
 * caller's or the file name ({@code jp-mof.csv} is {@code jp-mof}); the caller gives the as-of date.
 */
public final class CsvListReader implements ListReader {

  @Override
  public ListReadResult read(ListInput input) {
    String file = input.fileName();
    if (input.asOf() == null) {
      throw new ListReadException(file, 0, "a list CSV carries no list date; give the as-of date");
    }
    String listId = input.listId() != null ? input.listId() : input.listIdFromFileName();
    ReadLog log = new ReadLog(file, input.limits());
    List<CsvColumn> header = new ArrayList<>();
    try (MeteredInput in = MeteredInput.open(input.path(), input.limits().maxFileBytes())) {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      CsvRows.read(new InputStreamReader(in.shielded(), decoder), file, input.limits(), (line, fields) -> {
        if (header.isEmpty()) {
          header.addAll(header(fields, file, line));
          return;
        }
        if (fields.size() != header.size()) {
          log.reject(line, "row", "expected " + header.size() + " fields as in the header, found " + fields.size());
          return;
        }
        EnumMap<CsvColumn, String> row = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < fields.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        var draft = log.record(listId, line);
        CsvMapper.map(row, draft);
        draft.finish();
      });
      if (header.isEmpty()) {
        throw new ListReadException(file, 1, "empty file: expected a header row starting id,name,type");
      }
      return log.finish(listId, listId, "csv", input.asOf(), in.finishHash());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CsvColumn> header(List<String> fields, String file, int line) {
    List<CsvColumn> columns = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String f : fields) {
      var column = CsvColumn.byHeader(f.replace("\uFEFF", ""));
      if (column.isEmpty()) {
        unknown.add("\"" + f.strip() + "\"");
      } else if (columns.contains(column.get())) {
        throw new ListReadException(file, line, "column " + column.get().header() + " appears twice");
      } else {
        columns.add(column.get());
      }
    }
    if (!unknown.isEmpty()) {
      throw new ListReadException(file, line, "unknown column" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + "; the columns are " + CsvColumn.all());
    }
    List<String> missing = new ArrayList<>();
    for (CsvColumn c : CsvColumn.values()) {
      if (c.required() && !columns.contains(c)) {
        missing.add(c.header());
      }
    }
    if (!missing.isEmpty()) {
      throw new ListReadException(file, line, "missing required column" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + "; the header must have id,name,type");
    }
    return columns;
  }
}

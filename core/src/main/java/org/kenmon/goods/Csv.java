package org.kenmon.goods;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kenmon.problems.Problem;

/**
 * A small RFC 4180 reader for the goods data files: a header row that must match, quoted fields
 * with doubled quotes, {@code #} comment lines and blank lines skipped (comments only where the
 * caller allows them). Quoted fields may not span lines; none of our files need it.
 *
 * <p>Problems are collected, not thrown: the caller adds its own field checks and throws one {@link
 * GoodsDataException} for the whole file.
 */
final class Csv {
  /** One data row: its 1-based line number and its fields, as many as the header has. */
  record Row(String file, int line, String[] fields) {
    String get(int column) {
      return fields[column];
    }
  }

  private final String file;
  private final List<Row> rows;
  private final List<Problem> problems;

  private Csv(String file, List<Row> rows, List<Problem> problems) {
    this.file = file;
    this.rows = rows;
    this.problems = problems;
  }

  /**
   * Reads the stream as UTF-8 (a leading BOM is skipped) and checks the header.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  static Csv read(String file, InputStream in, boolean comments, String... header) {
    Objects.requireNonNull(in, () -> "no data for " + file);
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      boolean headerSeen = false;
      while ((text = r.readLine()) != null) {
        line++;
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        if (text.isBlank() || comments && text.startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>(header.length);
        String error = split(text, fields);
        if (error != null) {
          problems.add(error(file, line, "", error));
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          if (!fields.equals(Arrays.asList(header))) {
            problems.add(
                error(
                    file,
                    line,
                    "header",
                    "expected columns "
                        + String.join(",", header)
                        + ", got "
                        + String.join(",", fields)));
          }
          continue;
        }
        if (fields.size() != header.length) {
          problems.add(
              error(
                  file,
                  line,
                  "",
                  "expected " + header.length + " fields, got " + fields.size() + ": " + text));
          continue;
        }
        rows.add(new Row(file, line, fields.toArray(new String[0])));
      }
      if (!headerSeen) {
        problems.add(error(file, 0, "header", "file is empty"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Csv(file, rows, problems);
  }

  /** Splits one line; returns an error message or null. */
  private static String split(String line, List<String> out) {
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return "unterminated quoted field";
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          return "text after closing quote at column " + (i + 1);
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      out.add(field.toString().strip());
      if (i >= n) {
        return null;
      }
      i++;
    }
  }

  static Problem error(String file, int line, String field, String message) {
    return new Problem(Problem.Severity.ERROR, file, line, 0, field, message);
  }

  String file() {
    return file;
  }

  List<Row> rows() {
    return rows;
  }

  /** Structural problems found while reading; callers append their own. */
  List<Problem> problems() {
    return problems;
  }

  /** Throws if any problem was collected. */
  static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new GoodsDataException(problems);
    }
  }
}

package org.kenmon.lists.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.kenmon.lists.ListLimitException;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ReadLimits;

/**
 * Iterates the rows of a CSV stream with fastcsv, leaving field counts to the caller so that a
 * short or long row becomes a problem on that row, not the end of the read.
 */
public final class CsvRows {
  /** The MS-DOS end-of-file mark that ends OFAC's files, read as a row of its own. */
  private static final String DOS_EOF = "\u001a";

  private CsvRows() {}

  /** One row: its first line in the file and its fields. */
  public interface Handler {
    void row(int line, List<String> fields);
  }

  /**
   * @throws ListLimitException when a field is longer than {@code maxTextChars}
   * @throws ListReadException when the CSV cannot be parsed at all
   */
  public static void read(InputStream in, Charset charset, String file, ReadLimits limits, Handler handler) {
    read(builder().detectBomHeader(true).ofCsvRecord(in, charset), file, limits, handler);
  }

  /** Reads from a reader, so that the caller controls decoding (strict UTF-8 for in-house CSV). */
  public static void read(Reader in, String file, ReadLimits limits, Handler handler) {
    read(builder().ofCsvRecord(in), file, limits, handler);
  }

  // Without this, one stray character after a closing quote ("abc"def) ends the whole read with a
  // CsvParseException; with it the row is read and judged like any other. fastcsv 4.4 marks the
  // option for removal without a replacement: revisit when upgrading fastcsv.
  @SuppressWarnings("removal")
  private static CsvReader.CsvReaderBuilder builder() {
    return CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowExtraCharsAfterClosingQuote(true);
  }

  private static void read(CsvReader<CsvRecord> reader, String file, ReadLimits limits, Handler handler) {
    try (reader) {
      for (CsvRecord record : reader) {
        int line = (int) record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (fields.size() == 1 && (fields.get(0).equals(DOS_EOF) || fields.get(0).isEmpty())) {
          continue;
        }
        for (String f : fields) {
          if (f.length() > limits.maxTextChars()) {
            throw new ListLimitException(file, line, "maxTextChars", "a field of " + f.length() + " characters",
                limits.maxTextChars());
          }
        }
        handler.row(line, fields);
      }
    } catch (CsvParseException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new ListReadException(file, 0, "not UTF-8: " + e.getCause().getMessage(), e);
      }
      throw new ListReadException(file, 0, "cannot parse CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new ListReadException(file, 0, "not UTF-8: " + e.getCause().getMessage(), e);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

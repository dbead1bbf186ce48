package org.kenmon.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.kenmon.transaction.read.CsvTransactionParser;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.TransactionParser;

/**
 * One transaction file opened for reading: {@code -} is standard input, a name ending in
 * {@code .csv} is the flat CSV layout (its header read here), anything else JSON Lines. Counts the
 * bytes read so that progress can show a fraction of the file.
 */
final class LedgerInput implements AutoCloseable {
  final String name;
  final BufferedReader in;
  final TransactionParser parser;
  /** The line number of the first record line (2 after a CSV header). */
  final long firstLine;
  private final long size;
  private final AtomicLong bytes;

  private LedgerInput(String name, BufferedReader in, TransactionParser parser, long firstLine, long size,
      AtomicLong bytes) {
    this.name = name;
    this.in = in;
    this.parser = parser;
    this.firstLine = firstLine;
    this.size = size;
    this.bytes = bytes;
  }

  /**
   * @return null for a CSV file without even a header line (nothing to read)
   * @throws InputException when the file does not exist or its CSV header is wrong
   */
  static LedgerInput open(String file) throws IOException {
    boolean stdin = file.equals("-");
    Path path = stdin ? null : Path.of(file);
    if (!stdin && !Files.isRegularFile(path)) {
      throw new InputException("no such input file: " + file);
    }
    long size = stdin ? -1 : Files.size(path);
    AtomicLong bytes = new AtomicLong();
    InputStream raw = stdin ? System.in : Files.newInputStream(path);
    InputStream counted = new FilterInputStream(raw) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytes.addAndGet(n);
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        if (!stdin) {
          super.close(); // standard input belongs to the caller
        }
      }
    };
    String name = stdin ? "<stdin>" : file;
    BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return new LedgerInput(name, in, new JsonTransactionParser(), 1, size, bytes);
    }
    String header = in.readLine();
    if (header == null) {
      in.close();
      return null;
    }
    try {
      return new LedgerInput(name, in, CsvTransactionParser.forHeader(header), 2, size, bytes);
    } catch (IllegalArgumentException e) {
      in.close();
      throw new InputException(name + ":1: header: " + e.getMessage());
    }
  }

  /** The share of the file read so far, or -1 when the size is unknown (standard input). */
  double fractionRead() {
    return size > 0 ? (double) bytes.get() / size : -1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

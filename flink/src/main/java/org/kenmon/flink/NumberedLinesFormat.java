package org.kenmon.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;

/**
 * Reads a ledger file as {@link NumberedLine}s, UTF-8, each with its file and line number.
 *
 * <p>Flink's own text format knows neither, and a reject that cannot say where the record is
 * helps nobody. Files are not split, so line numbers count from the start of the file; the
 * position checkpointed is the count of lines read, and a restored reader reads the file again
 * from the start, skipping (and counting) the lines already done, so numbers stay right after a
 * failure.
 */
public final class NumberedLinesFormat implements BulkFormat<NumberedLine, FileSourceSplit> {
  private static final long serialVersionUID = 1L;
  /** Lines handed to Flink at a time: large enough to amortize the hand-over, small in memory. */
  static final int BATCH = 256;

  @Override
  public Reader<NumberedLine> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new LineReader(split, 0);
  }

  @Override
  public Reader<NumberedLine> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long done = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new LineReader(split, done);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<NumberedLine> getProducedType() {
    return TypeInformation.of(NumberedLine.class);
  }

  private static final class LineReader implements Reader<NumberedLine> {
    private final String file;
    private final BufferedReader in;
    private long number;

    LineReader(FileSourceSplit split, long skip) throws IOException {
      this.file = split.path().getPath();
      this.in = new BufferedReader(new InputStreamReader(
          split.path().getFileSystem().open(split.path()), StandardCharsets.UTF_8));
      while (number < skip && in.readLine() != null) {
        number++;
      }
    }

    @Override
    public BulkFormat.RecordIterator<NumberedLine> readBatch() throws IOException {
      NumberedLine[] batch = new NumberedLine[BATCH];
      long first = number;
      int n = 0;
      String text;
      while (n < BATCH && (text = in.readLine()) != null) {
        number++;
        batch[n++] = new NumberedLine(file, number, text);
      }
      if (n == 0) {
        return null;
      }
      ArrayResultIterator<NumberedLine> it = new ArrayResultIterator<>();
      it.set(batch, n, CheckpointedPosition.NO_OFFSET, first);
      return it;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

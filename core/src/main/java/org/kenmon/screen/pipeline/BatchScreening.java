package org.kenmon.screen.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.transaction.read.Reject;
import org.kenmon.transaction.read.TransactionParser;

/**
 * Screens a stream of records in constant memory, in parallel, writing results in input order.
 *
 * <p>One thread reads lines into batches of {@value #BATCH} records; workers parse and screen
 * whole batches; the calling thread writes each batch's results as soon as it and all batches
 * before it are done. At most {@code 2 × threads} batches are in flight, so memory does not grow
 * with the input. Every record read is either screened or rejected: read = screened + rejected.
 */
public final class BatchScreening implements AutoCloseable {
  static final int BATCH = 512;

  private final ExecutorService workers;
  private final int inFlight;

  public BatchScreening(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kenmon-screen");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = 2 * threads;
  }

  /**
   * Reads every line of {@code in} (blank lines skipped; {@code firstLine} is the line number of
   * the first line read), parses it with {@code parser}, screens it with {@code screen}, and
   * writes the results to {@code sink}. {@code progress} is told the count of records done.
   */
  public void run(String file, BufferedReader in, long firstLine, TransactionParser parser,
      Function<Transaction, Verdict> screen, VerdictSink sink, Summary summary, LongConsumer progress)
      throws IOException {
    Deque<Future<Object[]>> pending = new ArrayDeque<>();
    List<String> texts = new ArrayList<>(BATCH);
    List<Long> lines = new ArrayList<>(BATCH);
    long lineNumber = firstLine - 1;
    String text;
    while ((text = in.readLine()) != null) {
      lineNumber++;
      if (text.isBlank()) {
        continue;
      }
      texts.add(text);
      lines.add(lineNumber);
      if (texts.size() == BATCH) {
        submit(pending, file, texts, lines, parser, screen, sink);
        texts = new ArrayList<>(BATCH);
        lines = new ArrayList<>(BATCH);
        while (pending.size() >= inFlight) {
          drain(pending.poll(), sink, summary, progress);
        }
      }
    }
    if (!texts.isEmpty()) {
      submit(pending, file, texts, lines, parser, screen, sink);
    }
    while (!pending.isEmpty()) {
      drain(pending.poll(), sink, summary, progress);
    }
  }

  private void submit(Deque<Future<Object[]>> pending, String file, List<String> texts, List<Long> lines,
      TransactionParser parser, Function<Transaction, Verdict> screen, VerdictSink sink) {
    pending.add(workers.submit(() -> {
      // Two slots a record: the verdict or reject, and the verdict as the sink renders it.
      Object[] results = new Object[2 * texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        results[2 * i] = one(file, lines.get(i), texts.get(i), parser, screen);
        if (results[2 * i] instanceof Verdict) {
          results[2 * i + 1] = sink.render((Verdict) results[2 * i]);
        }
      }
      return results;
    }));
  }

  /**
   * One record's verdict or reject. A record that makes the parser or the screening fail is
   * rejected with the error, never dropped and never the end of the run: one odd record among
   * millions must not cost the rest their verdicts, and the reject says to report it.
   */
  private static Object one(String file, long line, String text, TransactionParser parser,
      Function<Transaction, Verdict> screen) {
    ReadOutcome r;
    try {
      r = parser.parse(file, line, text);
    } catch (RuntimeException e) {
      return internalError(file, line, null, "could not be read", e, text);
    }
    if (r.isRejected()) {
      return r.reject();
    }
    try {
      return screen.apply(r.transaction());
    } catch (RuntimeException e) {
      return internalError(file, line, r.transaction().id(), "could not be screened", e, text);
    }
  }

  private static Reject internalError(String file, long line, String id, String what, RuntimeException e,
      String text) {
    return new Reject(file, line, id, List.of(new Reject.FieldProblem("", what + ": internal error ("
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "); please report this record")), text);
  }

  private static void drain(Future<Object[]> batch, VerdictSink sink, Summary summary, LongConsumer progress)
      throws IOException {
    Object[] results;
    try {
      results = batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("screening interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("screening failed: " + e.getCause(), e.getCause());
    }
    for (int i = 0; i < results.length; i += 2) {
      Object r = results[i];
      if (r instanceof Verdict) {
        sink.verdict((Verdict) r, (String) results[i + 1]);
        summary.add((Verdict) r);
      } else {
        sink.reject((Reject) r);
        summary.addRejected();
      }
    }
    progress.accept(summary.read());
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}

package org.kenmon.screen.pipeline;

import java.io.IOException;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.read.Reject;

/**
 * Where a screening run writes its results, in input order. {@link #render} runs on the worker
 * threads (so formatting is parallel); the other methods are called from one thread.
 */
public interface VerdictSink {
  /** Formats a verdict ahead of writing, on a worker thread; null when the sink formats itself. */
  default String render(Verdict v) {
    return null;
  }

  /** Writes a verdict; {@code rendered} is what {@link #render} made of it. */
  default void verdict(Verdict v, String rendered) throws IOException {
    verdict(v);
  }

  void verdict(Verdict v) throws IOException;

  void reject(Reject r) throws IOException;

  /** Called once after the last record, with the final counts. */
  default void finish(Summary summary) throws IOException {}
}

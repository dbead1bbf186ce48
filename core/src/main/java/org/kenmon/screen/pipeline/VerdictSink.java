package org.kenmon.screen.pipeline;

import java.io.IOException;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.read.Reject;

/** Where a screening run writes its results, in input order. Called from one thread. */
public interface VerdictSink {
  void verdict(Verdict v) throws IOException;

  void reject(Reject r) throws IOException;

  /** Called once after the last record, with the final counts. */
  default void finish(Summary summary) throws IOException {}
}

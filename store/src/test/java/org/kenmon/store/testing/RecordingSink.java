package org.kenmon.store.testing;

import java.util.ArrayList;
import java.util.List;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.transaction.read.Reject;

/** A sink that keeps what it is given, in order. */
public final class RecordingSink implements VerdictSink {
  public final List<Verdict> verdicts = new ArrayList<>();
  public final List<Reject> rejects = new ArrayList<>();
  public boolean finished;

  @Override
  public void verdict(Verdict v) {
    verdicts.add(v);
  }

  @Override
  public void reject(Reject r) {
    rejects.add(r);
  }

  @Override
  public void finish(Summary summary) {
    finished = true;
  }
}

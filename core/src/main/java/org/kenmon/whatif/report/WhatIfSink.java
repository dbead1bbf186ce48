package org.kenmon.whatif.report;

import java.io.IOException;
import org.kenmon.transaction.read.Reject;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.WhatIfTally;

/**
 * Where a what-if run writes, in input order: every comparison (sinks show those that changed),
 * every rejected record, then the totals once.
 */
public interface WhatIfSink {
  void comparison(Comparison c) throws IOException;

  void reject(Reject r) throws IOException;

  /** After the last record: {@code read} = compared + rejected. */
  void finish(WhatIfTally tally, long read, long rejected) throws IOException;
}

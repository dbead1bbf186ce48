package org.kenmon.cli;

import java.util.List;
import java.util.Locale;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Stamp;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.store.holds.TransactionJson;
import org.kenmon.transaction.Transaction;

/**
 * {@code kenmon screen --no-screen}, the baseline of the throughput benchmark (docs/benchmarks.md,
 * "Screening throughput"): the same pipeline (read, parse and check every record, reject the bad
 * ones, write in input order) with the judging left out. Each record is written back as parsed,
 * so what remains is the cost of everything but screening. Nothing is judged, and the summary
 * says so instead of counting outcomes.
 */
final class ParseOnly {
  private static final Stamp NOT_SCREENED = new Stamp("none (--no-screen)", "none", List.of(), null);

  private ParseOnly() {}

  /** A placeholder the pipeline carries the parsed record in; it is never written as a verdict. */
  static Verdict carry(Transaction t) {
    return new Verdict(t.id(), Outcome.CLEAR, t.date(), List.of(), NOT_SCREENED, t);
  }

  static String line(Verdict carried) {
    return TransactionJson.write(carried.transaction());
  }

  static String summary(Summary s) {
    return String.format(Locale.ROOT, "read %d = parsed %d + rejected %d; screening switched off (--no-screen): "
        + "records written back as parsed, nothing judged%n", s.read(), s.screened(), s.rejected());
  }
}

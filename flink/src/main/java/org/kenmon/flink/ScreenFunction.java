package org.kenmon.flink;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Screener;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.output.VerdictJson;
import org.kenmon.screen.pipeline.BatchScreening;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.Reject;

/**
 * Judges each ledger line: the verdict as a JSON line on the main output, or the reject (file,
 * line, field, message) on {@link #REJECTS}. Blank lines are skipped, as {@code kenmon screen}
 * skips them. The counts travel as accumulators, so the job can check read = screened + rejected.
 */
public final class ScreenFunction extends ProcessFunction<NumberedLine, String> {
  private static final long serialVersionUID = 1L;
  public static final OutputTag<String> REJECTS = new OutputTag<>("rejects") {};
  static final String READ = "read";
  static final String SCREENED = "screened";
  static final String REJECTED = "rejected";

  private final ScreenerRecipe recipe;
  private transient Screener screener;
  private transient JsonTransactionParser parser;
  private transient LongCounter read;
  private transient LongCounter screened;
  private transient LongCounter rejected;
  private transient LongCounter[] byOutcome;

  public ScreenFunction(ScreenerRecipe recipe) {
    this.recipe = recipe;
  }

  @Override
  public void open(OpenContext openContext) {
    screener = new Screener(recipe.context());
    parser = new JsonTransactionParser();
    read = counter(READ);
    screened = counter(SCREENED);
    rejected = counter(REJECTED);
    byOutcome = new LongCounter[Outcome.values().length];
    for (Outcome o : Outcome.values()) {
      byOutcome[o.ordinal()] = counter(o.name());
    }
  }

  private LongCounter counter(String name) {
    LongCounter c = new LongCounter();
    getRuntimeContext().addAccumulator(name, c);
    return c;
  }

  @Override
  public void processElement(NumberedLine line, Context ctx, Collector<String> out) {
    if (line.text().isBlank()) {
      return;
    }
    read.add(1);
    Object result = BatchScreening.screenRecord(line.file(), line.number(), line.text(), parser, screener::screen);
    if (result instanceof Verdict v) {
      screened.add(1);
      byOutcome[v.outcome().ordinal()].add(1);
      out.collect(VerdictJson.line(VerdictJson.verdict(v)));
    } else {
      rejected.add(1);
      ctx.output(REJECTS, VerdictJson.line(VerdictJson.reject((Reject) result)));
    }
  }
}

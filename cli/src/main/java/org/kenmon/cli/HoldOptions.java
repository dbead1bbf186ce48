package org.kenmon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.store.DataState;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.holds.HoldingSink;
import org.kenmon.transaction.read.Reject;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kenmon screen --hold}: stores every verdict, and a hold for each transaction that needs
 * action, as the screening is written ({@link HoldingSink}). A picocli mixin; without {@code
 * --hold} it changes nothing.
 */
final class HoldOptions {
  @Option(names = "--hold",
      description = "Store every verdict, and hold each PROHIBITED, LICENCE_REQUIRED or REVIEW transaction in the "
          + "store (see 'kenmon holds'). Safe to run again after an interruption: nothing is stored twice.")
  boolean hold;

  @Mixin DbOption db = new DbOption();

  private Store store;

  /**
   * The sink to screen into: {@code inner} itself, or with {@code --hold} one that also stores.
   *
   * @param dataOption the command's {@code --data}
   */
  VerdictSink wrap(VerdictSink inner, ScreeningContext context, Path dataOption, Path ratesFile, List<String> files,
      PrintWriter err) {
    if (!hold) {
      return inner;
    }
    store = db.open(dataOption);
    HoldingSink holding;
    try {
      holding = HoldingSink.start(store, inner, DataState.of(context, null, ScreeningSetup.ratesHash(ratesFile)),
          context.asOf(), ScreeningSetup.actor(), String.join(", ", files), HoldingSink.DEFAULT_BATCH);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
    return new VerdictSink() {
      @Override
      public String render(Verdict v) {
        return holding.render(v);
      }

      @Override
      public void verdict(Verdict v, String rendered) throws IOException {
        try {
          holding.verdict(v, rendered);
        } catch (StoreException e) {
          throw new InputException(e.getMessage(), e);
        }
      }

      @Override
      public void verdict(Verdict v) throws IOException {
        verdict(v, render(v));
      }

      @Override
      public void reject(Reject r) throws IOException {
        holding.reject(r);
      }

      @Override
      public void finish(Summary summary) throws IOException {
        try {
          holding.finish(summary);
        } catch (StoreException e) {
          throw new InputException(e.getMessage(), e);
        }
        err.println(holding.report());
      }
    };
  }

  /** Closes the store, if {@link #wrap} opened one. */
  void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }
}

package org.kenmon.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.kenmon.screen.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flink run kenmon-flink.jar LEDGER… --out DIR}, or {@code java -cp … org.kenmon.flink.Main}
 * for a local run on an embedded Flink. Options and exit codes as {@code kenmon screen}'s: 0 all
 * clear, 1 some record needs action, 2 usage, 3 some record rejected, 4 internal error.
 */
@Command(name = "kenmon-flink", mixinStandardHelpOptions = true,
    description = "Screens JSON Lines ledgers on Apache Flink; writes verdicts and rejects under --out.")
public final class Main implements Callable<Integer> {
  @Parameters(paramLabel = "LEDGER", arity = "1..*", description = "Ledger files or folders (JSON Lines).")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder (must be new or empty): verdicts/ and rejects/ are written in it.")
  Path out;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge every record on this date (default: its own).")
  LocalDate asOf;

  @Option(names = "--issuer", split = ",", paramLabel = "ISSUER", description = "Only these issuers, e.g. JP,UN.")
  Set<String> issuers = new LinkedHashSet<>();

  @Option(names = "--regimes", split = ",", paramLabel = "PATH",
      description = "Regime files or folders (default: the shipped regimes).")
  List<String> regimes = List.of();

  @Option(names = "--data", paramLabel = "DIR",
      description = "A Kenmon data directory: the latest stored version of each list is used.")
  String data;

  @Option(names = "--no-lists", description = "Match parties against no list.")
  boolean noLists;

  @Option(names = "--rates", paramLabel = "FILE", description = "Exchange rates (CSV date,base,quote,rate).")
  String rates;

  @Option(names = "--parallelism", paramLabel = "N", description = "Screening tasks (default: Flink's).")
  Integer parallelism;

  @Option(names = "--watch", paramLabel = "SECONDS",
      description = "Keep running: screen every file that appears in the LEDGER folders, looking this often.")
  Integer watchSeconds;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    ScreenerRecipe recipe = new ScreenerRecipe(regimes, issuers, asOf, data, !noLists, rates);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (parallelism != null) {
      env.setParallelism(parallelism);
    }
    try {
      if (watchSeconds != null) {
        ScreeningJob.watch(env, recipe, inputs, out, Duration.ofSeconds(watchSeconds));
        env.execute("kenmon screen --watch " + inputs);
        return 0;
      }
      ScreeningJob.Counts counts = ScreeningJob.run(env, recipe, inputs, out);
      System.err.printf(Locale.ROOT, "read %d = screened %d + rejected %d%n", counts.read(), counts.screened(),
          counts.rejected());
      for (Outcome o : Outcome.values()) {
        System.err.printf(Locale.ROOT, "  %-17s %d%n", o, counts.byOutcome().get(o));
      }
      System.err.println("verdicts in " + out.resolve("verdicts") + ", rejects in " + out.resolve("rejects"));
      return counts.needingAction() > 0 ? 1 : counts.rejected() > 0 ? 3 : 0;
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      // Bad options or data: say what, as kenmon does, without a stack trace.
      System.err.println("kenmon-flink: " + e.getMessage());
      return 3;
    }
  }
}

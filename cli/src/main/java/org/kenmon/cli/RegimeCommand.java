package org.kenmon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.report.RegimeJson;
import org.kenmon.report.RegimeText;
import org.kenmon.report.TimelineSvg;
import org.kenmon.report.TimelineText;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.rulebook.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kenmon regime check|show|diff|timeline}: the regimes themselves. */
@Command(name = "regime", description = "Check, show, compare and chart sanctions regimes.",
    mixinStandardHelpOptions = true,
    subcommands = {RegimeCommand.Check.class, RegimeCommand.Show.class, RegimeCommand.Diff.class,
        RegimeCommand.TimelineCmd.class})
final class RegimeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  enum Format { text, json, svg }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validate regime files: schema, intervals, thresholds, citations, references. "
          + "Reports every problem with file:line:column and field; exit code 1 if any error.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
        description = "Regime files or folders (default: the shipped regimes).")
    List<Path> files;

    @Override
    public Integer call() {
      RegimeOptions options = new RegimeOptions();
      options.paths = files;
      RegimeLoader.Result result = options.load();
      PrintWriter out = spec.commandLine().getOut();
      for (Problem p : result.problems()) {
        out.println(p);
      }
      for (Regime r : result.regimes()) {
        long errors = result.problems().stream().filter(p -> p.isError() && p.file().equals(r.origin())).count();
        out.printf("%s: %s, %d measures, %d sources%s%n", r.origin(), r.id(), r.measures().size(),
            r.sources().size(), errors == 0 ? ", ok" : ", " + errors + " errors");
      }
      long errors = result.errorCount();
      long warnings = result.problems().size() - errors;
      out.printf("%d error%s, %d warning%s%n", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
      return errors == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "The measures in force on a date, with scope, thresholds, exceptions, legal basis, "
          + "sources, validity and unconfirmed facts.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegimeOptions regimes;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date to evaluate (default: today).")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
      RegimeHistory history = regimes.history();
      PrintWriter out = spec.commandLine().getOut();
      var rulebook = history.on(asOf);
      switch (format) {
        case json:
          out.print(RegimeJson.pretty(RegimeJson.show(asOf, rulebook, history.dataHash())));
          break;
        case text:
          out.print(RegimeText.show(asOf, rulebook, history.dataHash()));
          break;
        default:
          throw new InputException("regime show writes text or json, not " + format);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "What changed between two dates: measures added, removed, changed in substance, "
          + "renewed unchanged.")
  static final class Diff implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegimeOptions regimes;

    @Option(names = "--from", required = true, paramLabel = "DATE") LocalDate from;
    @Option(names = "--to", required = true, paramLabel = "DATE") LocalDate to;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
      RegimeHistory history = regimes.history();
      RegimeDiff diff = RegimeDiff.between(history.on(from), history.on(to), from, to);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json:
          out.print(RegimeJson.pretty(RegimeJson.diff(diff)));
          break;
        case text:
          out.print(RegimeText.diff(diff, regimes.issuerLabel(history)));
          break;
        default:
          throw new InputException("regime diff writes text or json, not " + format);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "timeline", mixinStandardHelpOptions = true,
      description = "Every measure as bars over time, with the key change dates marked.")
  static final class TimelineCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegimeOptions regimes;

    @Option(names = "--format", description = "text or svg (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--until", paramLabel = "DATE", description = "Last date shown (default: today).")
    LocalDate until = LocalDate.now();

    @Option(names = "--key-dates", paramLabel = "N", description = "How many key change dates to mark (default: ${DEFAULT-VALUE}).")
    int keyDates = 8;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @Override
    public Integer call() {
      RegimeHistory history = regimes.history();
      Timeline timeline = Timeline.of(history);
      String text;
      switch (format) {
        case svg:
          text = TimelineSvg.render(timeline, until, keyDates,
              "Sanctions measures against the DPRK: " + regimes.issuerLabel(history));
          break;
        case text:
          text = TimelineText.render(timeline, until, keyDates);
          break;
        default:
          throw new InputException("regime timeline writes text or svg, not " + format);
      }
      write(spec, outFile, text);
      return ExitCodes.OK;
    }
  }

  static void write(CommandSpec spec, Path outFile, String text) {
    if (outFile == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return;
    }
    try {
      Path parent = outFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(outFile, text);
    } catch (IOException e) {
      throw new InputException("cannot write " + outFile + ": " + e.getMessage(), e);
    }
    spec.commandLine().getErr().println("wrote " + outFile);
  }
}

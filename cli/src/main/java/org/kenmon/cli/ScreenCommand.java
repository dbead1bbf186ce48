package org.kenmon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.kenmon.screen.Screener;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.output.HtmlReport;
import org.kenmon.screen.output.VerdictCsv;
import org.kenmon.screen.output.VerdictJson;
import org.kenmon.screen.pipeline.BatchScreening;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kenmon screen FILE…}: every transaction judged against the regimes in force on its date
 * (or {@code --as-of}), streaming, in parallel, with a summary whose counts reconcile.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen orders, shipments, payments, cash movements, port calls and entries (JSON Lines, "
        + "or the flat CSV layout for *.csv) against the regimes in force on each one's date.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every transaction is CLEAR or REPORTABLE, and none was rejected",
        "1:some transaction is PROHIBITED, needs a LICENCE or a REVIEW",
        "2:usage error",
        "3:some records were rejected (bad input), none needs action; or an input could not be read",
        "4:internal error"})
final class ScreenCommand implements Callable<Integer> {
  static final String ENGINE = org.kenmon.screen.ScreeningContext.ENGINE;

  @Spec CommandSpec spec;
  @Mixin RegimeOptions regimes;
  @Mixin ListSelection lists = new ListSelection();
  @Mixin HoldOptions holding = new HoldOptions();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transaction files (.jsonl, or .csv); - for stdin.")
  List<String> files;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge every transaction on this date instead of its own.")
  LocalDate asOf;

  @Option(names = "--format", description = "jsonl, csv or html (default: ${DEFAULT-VALUE}).")
  String format = "jsonl";

  @Option(names = "--out", paramLabel = "FILE", description = "Write verdicts here (default: standard output).")
  Path out;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected records here as JSON Lines (default: listed on standard error).")
  Path rejectsFile;

  @Option(names = "--rates", paramLabel = "FILE", description = "Exchange rates: CSV date,base,quote,rate.")
  Path ratesFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-lists", description = "Do not match parties against any list.")
  boolean noLists;

  @Option(names = "--no-progress", description = "No progress line on the terminal.")
  boolean noProgress;

  // Hidden: a benchmark baseline, not a way to use Kenmon (docs/benchmarks.md).
  @Option(names = "--no-screen", hidden = true,
      description = "Benchmark baseline: read, check and write back every record, judging nothing.")
  boolean noScreen;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    if (noScreen && (holding.hold || !format.equals("jsonl"))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--no-screen writes JSON Lines only, and holds nothing");
    }
    Screener screener = noScreen ? null : new Screener(context(err));
    Function<Transaction, Verdict> judge = noScreen ? ParseOnly::carry : screener::screen;
    Summary summary = new Summary();
    Progress progress = new Progress(err, !noProgress && System.console() != null);
    RejectsOut rejects = new RejectsOut(rejectsFile, err);
    // Standard output belongs to the caller and is flushed, never closed; a file is closed.
    try (Writer outFile = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        BatchScreening pipeline = new BatchScreening(threads)) {
      Writer target = outFile != null ? outFile : spec.commandLine().getOut();
      VerdictSink sink = noScreen ? new LineSink(target, rejects, ParseOnly::line)
          : holding.wrap(sink(target, rejects, screener), screener.context(), lists.data.data, ratesFile, files, err);
      for (String file : files) {
        screenFile(file, pipeline, judge, sink, summary, progress);
      }
      sink.finish(summary);
      target.flush();
    } finally {
      rejects.close();
      progress.done();
      holding.close();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.print(noScreen ? ParseOnly.summary(summary) : summary.text());
    err.printf(Locale.ROOT, "%.1f s, %,.0f records/s%s%n", seconds, summary.read() / Math.max(seconds, 1e-9),
        out == null ? "" : "; verdicts in " + out);
    if (rejects.shownOnly && summary.rejected() > RejectsOut.SHOWN) {
      err.printf("%d more rejected records not shown; use --rejects FILE%n", summary.rejected() - RejectsOut.SHOWN);
    }
    err.flush();
    if (summary.needingAction() > 0) {
      return ExitCodes.FOUND;
    }
    return summary.rejected() > 0 ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private ScreeningContext context(PrintWriter err) throws IOException {
    return ScreeningSetup.context(regimes, noLists ? null : lists, ratesFile, asOf, err);
  }

  private VerdictSink sink(Writer w, RejectsOut rejects, Screener screener) throws IOException {
    switch (format) {
      case "jsonl":
        return new LineSink(w, rejects, v -> VerdictJson.line(VerdictJson.verdict(v)));
      case "csv":
        w.write(VerdictCsv.HEADER + "\n");
        return new LineSink(w, rejects, VerdictCsv::row);
      case "html":
        List<String> context = new ArrayList<>();
        context.add("Inputs: " + String.join(", ", files) + (asOf == null ? "; each transaction judged on its own date"
            : "; judged as of " + asOf));
        context.add("Regime data " + screener.context().regimes().dataHash().substring(0, 16) + " ("
            + String.join(", ", screener.context().regimes().issuers()) + "); lists: "
            + String.join(", ", screener.context().listLabels()));
        context.add("Engine " + ENGINE + "; generated " + java.time.LocalDateTime.now().withNano(0));
        HtmlReport report = new HtmlReport(w, "Kenmon screening report", context);
        return new VerdictSink() {
          @Override
          public void verdict(Verdict v) throws IOException {
            report.verdict(v);
          }

          @Override
          public void reject(Reject r) throws IOException {
            report.reject(r);
            rejects.add(r);
          }

          @Override
          public void finish(Summary s) throws IOException {
            report.finish(s);
          }
        };
      default:
        throw new InputException("--format must be jsonl, csv or html, not " + format);
    }
  }

  private void screenFile(String file, BatchScreening pipeline, Function<Transaction, Verdict> judge, VerdictSink sink,
      Summary summary, Progress progress) throws IOException {
    try (LedgerInput input = LedgerInput.open(file)) {
      if (input == null) {
        return;
      }
      pipeline.run(input.name, input.in, input.firstLine, input.parser, judge, sink, summary,
          done -> progress.update(done, input.fractionRead()));
    }
  }

  /** One line a verdict, rendered on the worker threads; rejects to their own place. */
  static final class LineSink implements VerdictSink {
    private final Writer out;
    private final RejectsOut rejects;
    private final java.util.function.Function<Verdict, String> format;

    LineSink(Writer out, RejectsOut rejects, java.util.function.Function<Verdict, String> format) {
      this.out = out;
      this.rejects = rejects;
      this.format = format;
    }

    @Override
    public String render(Verdict v) {
      return format.apply(v);
    }

    @Override
    public void verdict(Verdict v, String rendered) throws IOException {
      out.write(rendered);
      out.write('\n');
    }

    @Override
    public void verdict(Verdict v) throws IOException {
      verdict(v, render(v));
    }

    @Override
    public void reject(Reject r) throws IOException {
      rejects.add(r);
    }
  }

  /** Rejected records: to a JSON Lines file, or the first few on standard error. */
  static final class RejectsOut {
    static final int SHOWN = 20;
    private final Writer file;
    private final PrintWriter err;
    private final boolean shownOnly;
    private int shown;

    RejectsOut(Path path, PrintWriter err) throws IOException {
      this.file = path == null ? null : Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      this.err = err;
      this.shownOnly = path == null;
    }

    void add(Reject r) throws IOException {
      if (file != null) {
        file.write(VerdictJson.line(VerdictJson.reject(r)));
        file.write('\n');
      } else if (shown++ < SHOWN) {
        err.println("rejected " + r);
      }
    }

    void close() throws IOException {
      if (file != null) {
        file.close();
      }
    }
  }
}

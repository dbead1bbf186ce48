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
import java.util.concurrent.Callable;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.regime.Regime;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.holds.Hold;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.Holds;
import org.kenmon.store.holds.TransactionJson;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.whatif.WhatIf;
import org.kenmon.whatif.WhatIfTally;
import org.kenmon.whatif.report.RunInfo;
import org.kenmon.whatif.report.WhatIfHtml;
import org.kenmon.whatif.report.WhatIfJson;
import org.kenmon.whatif.report.WhatIfSink;
import org.kenmon.whatif.report.WhatIfText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kenmon whatif --agreement FILE LEDGER…}: screens each transaction without and with an
 * agreement on the same date and reports what changes, with totals of what becomes lawful
 * (docs/agreements.md, "What-if").
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "Screen ledgers (and held transactions) without and with an agreement, on the same date; report "
        + "every transaction whose outcome changes, the measures responsible, and totals of what becomes lawful by "
        + "HS chapter, brand origin, route or crossing, and counterparty. Nothing is stored or released.")
final class WhatIfCommand implements Callable<Integer> {
  enum Format { text, json, html }

  @Spec CommandSpec spec;
  @Mixin RegimeOptions regimes;
  @Mixin ListSelection lists = new ListSelection();
  @Mixin DbOption db;

  @Option(names = "--agreement", required = true, paramLabel = "FILE", description = "The agreement file.")
  Path agreementFile;

  @Parameters(paramLabel = "LEDGER", arity = "0..*",
      description = "Transaction files (.jsonl, or .csv); - for stdin.")
  List<String> files = new ArrayList<>();

  @Option(names = "--holds", description = "Also compare the transactions held in the store (kenmon holds).")
  boolean holds;

  @Option(names = "--on", paramLabel = "DATE",
      description = "Effective date to assume for an agreement whose condition is not met yet.")
  LocalDate assumed;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge every transaction on this date (default: its "
      + "own date, or the day the agreement takes effect if that is later).")
  LocalDate asOf;

  @Option(names = "--format", description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (default: standard output).")
  Path out;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected records here as JSON Lines (default: listed on standard error).")
  Path rejectsFile;

  @Option(names = "--rates", paramLabel = "FILE", description = "Exchange rates: CSV date,base,quote,rate.")
  Path ratesFile;

  @Option(names = "--no-lists", description = "Do not match parties against any list.")
  boolean noLists;

  @Option(names = "--no-progress", description = "No progress line on the terminal.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty() && !holds) {
      throw new ParameterException(spec.commandLine(), "give at least one LEDGER file, or --holds");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Regime> loaded = AgreementCommand.loadRegimes(regimes);
    AgreementOverlay.Scenario scenario = AgreementSetup.scenario(spec.commandLine(), loaded, agreementFile, assumed,
        err);
    ScreeningContext base = ScreeningSetup.context(regimes, noLists ? null : lists, ratesFile, asOf, err);
    WhatIf whatIf = WhatIf.of(base, scenario);
    List<String> inputs = new ArrayList<>(files);
    if (holds) {
      inputs.add("holds in the store");
    }
    RunInfo info = new RunInfo(scenario.agreement(), scenario.date(), asOf, List.copyOf(base.issuers()),
        base.listLabels(), inputs, base.engine());
    WhatIfTally tally = new WhatIfTally(whatIf);
    ScreenCommand.RejectsOut rejects = new ScreenCommand.RejectsOut(rejectsFile, err);
    Progress progress = new Progress(err, !noProgress && System.console() != null);
    long[] counts = new long[2]; // read, rejected
    try (Writer outFile = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      Writer target = outFile != null ? outFile : spec.commandLine().getOut();
      WhatIfSink sink = sink(target, info);
      for (String file : files) {
        compareFile(file, whatIf, tally, sink, rejects, counts, progress);
      }
      if (holds) {
        compareHolds(whatIf, tally, sink, counts);
      }
      sink.finish(tally, counts[0], counts[1]);
      target.flush();
    } finally {
      rejects.close();
      progress.done();
    }
    err.printf("%d read = %d compared + %d rejected%n", counts[0], tally.compared(), counts[1]);
    err.flush();
    return counts[1] > 0 ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private WhatIfSink sink(Writer w, RunInfo info) throws IOException {
    switch (format) {
      case json:
        return new WhatIfJson(w, info);
      case html:
        return new WhatIfHtml(w, info);
      default:
        return new WhatIfText(w, info);
    }
  }

  private static void compareFile(String file, WhatIf whatIf, WhatIfTally tally, WhatIfSink sink,
      ScreenCommand.RejectsOut rejects, long[] counts, Progress progress) throws IOException {
    try (LedgerInput input = LedgerInput.open(file)) {
      if (input == null) {
        return;
      }
      long line = input.firstLine - 1;
      String text;
      while ((text = input.in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        counts[0]++;
        ReadOutcome read = input.parser.parse(input.name, line, text);
        if (read.isRejected()) {
          counts[1]++;
          rejects.add(read.reject());
          sink.reject(read.reject());
        } else {
          var c = whatIf.compare(read.transaction());
          tally.add(c);
          sink.comparison(c);
        }
        progress.update(counts[0], input.fractionRead());
      }
    }
  }

  private void compareHolds(WhatIf whatIf, WhatIfTally tally, WhatIfSink sink, long[] counts) throws IOException {
    try (Store store = db.open(lists.data.data)) {
      for (Hold h : new Holds(store).list(HoldStatus.HELD)) {
        counts[0]++;
        Transaction t = TransactionJson.read(h.transactionJson(), h.source(), h.inputHash());
        var c = whatIf.compare(t, h.asOf() != null ? h.asOf() : t.date());
        tally.add(c);
        sink.comparison(c);
      }
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}

package org.kenmon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kenmon.regime.Regime;
import org.kenmon.report.RegimeText;
import org.kenmon.report.TimelineSvg;
import org.kenmon.report.TimelineText;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.rulebook.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The README's first command: the story Kenmon was built for, told on the shipped data. What
 * Japan's partial lifting of 4 July 2014 changed and what it left alone, what February 2016
 * reinstated, and every measure over time.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the demo on the shipped data: the July 2014 lifting, the 2016 reinstatement, "
        + "the timeline.")
final class DemoCommand implements Callable<Integer> {
  static final LocalDate BEFORE_LIFTING = LocalDate.of(2014, 7, 3);
  static final LocalDate AFTER_LIFTING = LocalDate.of(2014, 7, 5);
  static final LocalDate AFTER_REINSTATEMENT = LocalDate.of(2016, 3, 1);

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the demo's files (default: ${DEFAULT-VALUE}).")
  Path outDir = Path.of("out", "demo");

  @Override
  public Integer call() {
    RegimeHistory all = new RegimeOptions().history();
    RegimeHistory japan = all.restrictTo(Set.of("JP"));
    var out = spec.commandLine().getOut();
    out.println("Kenmon demo: Japan's measures against the DPRK, and the UN's, as dated, cited data");
    for (Regime r : all.regimes()) {
      out.printf("  %-6s %-60s %3d measures  (%s)%n", r.id(), r.title(), r.measures().size(), r.origin());
    }
    out.println("  regime data " + all.dataHash().substring(0, 12));
    out.println();
    out.println("1. The partial lifting of 4 July 2014 (after the Stockholm agreement)");
    out.println("   $ kenmon regime diff --from " + BEFORE_LIFTING + " --to " + AFTER_LIFTING + " --issuer JP");
    out.println();
    out.print(indent(RegimeText.diff(
        RegimeDiff.between(japan.on(BEFORE_LIFTING), japan.on(AFTER_LIFTING), BEFORE_LIFTING, AFTER_LIFTING), "JP")));
    out.println();
    out.println("   The import, export and brokering bans stayed: the expectant buyers gained no legal trade.");
    out.println();
    Path examples = KenmonHome.dir() == null ? Path.of("examples", "2014") : KenmonHome.dir().resolve("examples/2014");
    Path ledger = examples.resolve("ledger.jsonl");
    if (Files.isRegularFile(ledger)) {
      out.println("   The 2014 ledger (examples/2014/ledger.jsonl): orders of Toshiba, Canon, Sony, Sharp and Panasonic");
      out.println("   goods through traders in Dandong and Sinuiju, with payments, cash, port calls and an entry, judged");
      out.println("   against Japan's measures on three dates:");
      out.println("   $ kenmon screen examples/2014/ledger.jsonl --issuer JP --as-of DATE");
      out.println();
      try {
        DemoScreening screening = new DemoScreening(all, outDir, out);
        screening.compare(ledger, List.of(BEFORE_LIFTING, AFTER_LIFTING, AFTER_REINSTATEMENT), java.util.Set.of("JP"));
        out.println();
        out.println("   The payment, the cash, the humanitarian port call and the entry changed with the lifting, and back");
        out.println("   (or further) in 2016; every shipment stayed PROHIBITED. S-03 ships Japanese goods from Dandong: no");
        out.println("   Japanese party, so Japan's bans do not reach it. With the UN's measures added (drop --issuer), every");
        out.println("   payment to the DPRK also needs a REVIEW under the UN's financial restrictions.");
        out.println("   Reports with every finding and its evidence: " + outDir.resolve("screening-DATE.html"));
        out.println();
        Path bad = examples.resolve("bad-records.jsonl");
        if (Files.isRegularFile(bad)) {
          out.println("   Bad input is reported, never dropped: $ kenmon screen examples/2014/bad-records.jsonl");
          new DemoScreening(all, outDir, out).rejects(bad);
          out.println();
        }
      } catch (java.io.IOException e) {
        throw new InputException("demo: cannot screen " + ledger + ": " + e.getMessage(), e);
      }
    } else {
      out.println("   (examples/2014/ledger.jsonl not found: run the demo from a Kenmon checkout to see it screened)");
      out.println();
    }
    out.println("2. February 2016: reinstated and widened after the nuclear test and the launch");
    out.println("   $ kenmon regime diff --from " + AFTER_LIFTING + " --to " + AFTER_REINSTATEMENT + " --issuer JP");
    out.println();
    out.print(indent(RegimeText.diff(RegimeDiff.between(japan.on(AFTER_LIFTING), japan.on(AFTER_REINSTATEMENT),
        AFTER_LIFTING, AFTER_REINSTATEMENT), "JP")));
    out.println();
    Path agreements = KenmonHome.dir() == null ? Path.of("agreements") : KenmonHome.dir().resolve("agreements");
    if (Files.isRegularFile(ledger) && Files.isDirectory(agreements)) {
      out.println("3. What an agreement changes, transaction by transaction");
      out.println("   $ kenmon whatif --agreement agreements/2014-stockholm.yaml examples/2014/ledger.jsonl --issuer JP");
      out.println();
      try {
        DemoWhatIf whatIf = new DemoWhatIf(all.regimes(), outDir, out);
        whatIf.run(ledger, agreements.resolve("2014-stockholm.yaml"), Set.of("JP"),
            outDir.resolve("whatif-2014-stockholm.html"));
        out.println();
        out.println("   The Stockholm steps freed the port call, the entry, and the reporting of the payment and the cash;");
        out.println("   no goods trade. And if Japan lifted its export bans for HS 84-85 only (a hypothetical file):");
        out.println("   $ kenmon whatif --agreement agreements/hypothetical-jp-electronics-84-85.yaml "
            + "examples/2014/ledger.jsonl --issuer JP");
        out.println();
        whatIf.run(ledger, agreements.resolve("hypothetical-jp-electronics-84-85.yaml"), Set.of("JP"),
            outDir.resolve("whatif-hypothetical-jp-electronics-84-85.html"));
        out.println();
        out.println("   Without --issuer the UN's HS 84-85 ban (UNSCR 2397) still stops them. Reports with charts: "
            + outDir.resolve("whatif-*.html"));
        out.println();
      } catch (java.io.IOException e) {
        throw new InputException("demo: what-if failed: " + e.getMessage(), e);
      }
    }
    Timeline timeline = Timeline.of(all);
    LocalDate today = LocalDate.now();
    out.println("4. Every measure over time");
    out.println("   $ kenmon regime timeline");
    out.println();
    out.print(indent(TimelineText.render(timeline, today, 8)));
    Path svg = outDir.resolve("regime-timeline.svg");
    RegimeCommand.write(spec, svg, TimelineSvg.render(timeline, today, 8, "Sanctions measures against the DPRK"));
    out.println();
    out.println("The same timeline as a picture: " + svg + " (open it in a browser).");
    out.flush();
    return ExitCodes.OK;
  }

  private static String indent(String text) {
    return text.lines().map(l -> l.isEmpty() ? l : "   " + l).reduce("", (a, b) -> a + b + "\n");
  }
}

package org.kenmon.cli;

import java.nio.file.Path;
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
    out.println("2. February 2016: reinstated and widened after the nuclear test and the launch");
    out.println("   $ kenmon regime diff --from " + AFTER_LIFTING + " --to " + AFTER_REINSTATEMENT + " --issuer JP");
    out.println();
    out.print(indent(RegimeText.diff(RegimeDiff.between(japan.on(AFTER_LIFTING), japan.on(AFTER_REINSTATEMENT),
        AFTER_LIFTING, AFTER_REINSTATEMENT), "JP")));
    out.println();
    Timeline timeline = Timeline.of(all);
    LocalDate today = LocalDate.now();
    out.println("3. Every measure over time");
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

package org.kenmon.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kenmon.agreement.Agreement;
import org.kenmon.agreement.AgreementCheck;
import org.kenmon.agreement.AgreementFile;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.agreement.AgreementReader;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.report.RegimeJson;
import org.kenmon.report.RegimeText;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kenmon agreement check|diff}: agreements and what they change in the regimes. */
@Command(name = "agreement", description = "Check agreement files and show what an agreement changes.",
    mixinStandardHelpOptions = true,
    subcommands = {AgreementCommand.Check.class, AgreementCommand.Diff.class})
final class AgreementCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  enum Format { text, json }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validate agreement files: schema, dates, citations, and the changes against the loaded "
          + "regimes (measures that exist and are in force, parties, what the regimes record). Reports every "
          + "problem with file:line:column and field; exit code 1 if any error.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--regimes", paramLabel = "PATH", split = ",",
        description = "Regime files or folders to check against (default: the shipped regimes/).")
    List<Path> regimePaths;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Agreement files or folders (every *.yaml inside).")
    List<Path> files;

    @Override
    public Integer call() {
      RegimeOptions regimes = new RegimeOptions();
      regimes.paths = regimePaths;
      List<Regime> loaded = loadRegimes(regimes);
      PrintWriter out = spec.commandLine().getOut();
      long errors = 0;
      long warnings = 0;
      for (Path path : expand(files)) {
        AgreementFile file = read(path);
        List<Problem> problems = AgreementCheck.check(file, loaded, null);
        problems.forEach(out::println);
        long e = problems.stream().filter(Problem::isError).count();
        errors += e;
        warnings += problems.size() - e;
        Agreement a = file.agreement();
        if (a != null) {
          out.printf("%s: %s (%s), %d changes, %d sources%s%n", path, a.id(), a.status().code(), a.changes().size(),
              a.sources().size(), e == 0 ? ", ok" : ", " + e + (e == 1 ? " error" : " errors"));
        }
      }
      out.printf("%d error%s, %d warning%s%n", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
      out.flush();
      return errors == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "The regimes without and with an agreement, compared on its effective date, in the shape of "
          + "'regime diff': measures withdrawn, changed in substance (fields before and after), added, unchanged. "
          + "For an agreement the regimes already record, 'without' is the regimes with its changes retracted.")
  static final class Diff implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegimeOptions regimes;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The agreement file.")
    Path file;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--on", paramLabel = "DATE",
        description = "Effective date to assume for an agreement whose condition is not met yet.")
    LocalDate assumed;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "Compare on this date instead of the effective date (e.g. after a suspension ends).")
    LocalDate asOf;

    @Override
    public Integer call() {
      List<Regime> loaded = loadRegimes(regimes);
      AgreementOverlay.Scenario scenario = AgreementSetup.scenario(spec.commandLine(), loaded, file, assumed,
          spec.commandLine().getErr());
      Agreement a = scenario.agreement();
      LocalDate effective = scenario.date();
      LocalDate day = asOf != null ? asOf : effective;
      Set<String> issuers = issuers(regimes, RegimeHistory.of(loaded));
      RegimeHistory without = RegimeHistory.of(scenario.without()).restrictTo(issuers);
      RegimeHistory with = RegimeHistory.of(scenario.with()).restrictTo(issuers);
      RegimeDiff diff = RegimeDiff.between(without.on(day), with.on(day), day, day);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json:
          out.print(RegimeJson.pretty(json(a, scenario, day, diff)));
          break;
        case text:
          out.print(text(a, assumed, day, diff, String.join(", ", with.issuers())));
          break;
        default:
          throw new InputException("agreement diff writes text or json, not " + format);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static String text(Agreement a, LocalDate assumed, LocalDate day, RegimeDiff diff, String issuerLabel) {
    StringBuilder s = new StringBuilder();
    if (a.isHypothetical()) {
      s.append("HYPOTHETICAL AGREEMENT: a what-if that nobody agreed; the regimes 'with' it are not law.\n");
    }
    s.append("Agreement ").append(a.id()).append(" (").append(a.status().code()).append("): ").append(a.title())
        .append('\n');
    line(s, "parties", String.join(", ", a.parties()));
    line(s, "announced", a.announced().toString());
    line(s, "effective", effective(a, assumed));
    for (String r : a.reciprocal()) {
      line(s, "in return", r);
    }
    line(s, "compared", "on " + day + ": " + (a.recordedInRegimes()
        ? "the regimes with the agreement's changes retracted (the measures of " + day.minusDays(1)
            + " carried on) against the regimes as recorded"
        : "the regimes as loaded against the regimes with the agreement's changes applied"));
    String rendered = RegimeText.diff(diff, issuerLabel);
    s.append('\n').append("What the agreement changes in ").append(issuerLabel).append(" measures on ").append(day)
        .append(a.isHypothetical() ? " (hypothetical)" : "").append('\n');
    s.append(rendered, rendered.indexOf('\n') + 1, rendered.length());
    return s.toString();
  }

  private static String effective(Agreement a, LocalDate assumed) {
    if (a.effective() != null) {
      return a.effective() + (a.isHypothetical() ? " (hypothetical date)" : "");
    }
    if (a.conditionMetOn() != null) {
      return a.conditionMetOn() + ", when the condition was met: " + a.condition();
    }
    return "not yet: once " + a.condition() + "; assumed " + assumed + " (--on)";
  }

  private static void line(StringBuilder s, String label, String text) {
    s.append(String.format(Locale.ROOT, "  %-10s %s%n", label, text));
  }

  /** The JSON of {@code regime diff} with an {@code agreement} object first. */
  static ObjectNode json(Agreement a, AgreementOverlay.Scenario scenario, LocalDate day, RegimeDiff diff) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode o = root.putObject("agreement");
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("status", a.status().code());
    o.put("hypothetical", a.isHypothetical());
    a.parties().forEach(o.putArray("parties")::add);
    o.put("announced", a.announced().toString());
    putDate(o, "effective", a.effective());
    if (a.condition() != null) {
      o.put("condition", a.condition());
      putDate(o, "condition_met_on", a.conditionMetOn());
    }
    o.put("effective_date", scenario.date().toString());
    o.put("compared_on", day.toString());
    o.put("recorded_in_regimes", a.recordedInRegimes());
    a.reciprocal().forEach(o.putArray("reciprocal")::add);
    root.setAll(RegimeJson.diff(diff));
    return root;
  }

  private static void putDate(ObjectNode o, String key, LocalDate date) {
    if (date == null) {
      o.putNull(key);
    } else {
      o.put(key, date.toString());
    }
  }

  static List<Regime> loadRegimes(RegimeOptions options) {
    RegimeLoader.Result result = options.load();
    if (result.hasErrors()) {
      throw new InputException("regime data is invalid (" + result.errorCount() + " errors); run 'kenmon regime "
          + "check' for details. First error:\n  " + result.problems().stream().filter(Problem::isError).findFirst()
          .orElseThrow());
    }
    return result.regimes();
  }

  private static Set<String> issuers(RegimeOptions options, RegimeHistory all) {
    Set<String> upper = new LinkedHashSet<>();
    options.issuers.forEach(i -> upper.add(i.trim().toUpperCase(Locale.ROOT)));
    for (String issuer : upper) {
      if (!all.issuers().contains(issuer)) {
        throw new InputException("unknown issuer " + issuer + "; the loaded regimes have: "
            + String.join(", ", all.issuers()));
      }
    }
    return upper;
  }

  static AgreementFile read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new InputException("no such agreement file: " + path);
    }
    try {
      return AgreementReader.read(path);
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> list = Files.list(p)) {
        List<Path> yaml = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        if (yaml.isEmpty()) {
          throw new InputException("folder holds no *.yaml agreement files: " + p);
        }
        out.addAll(yaml);
      } catch (IOException e) {
        throw new InputException("cannot list " + p + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}

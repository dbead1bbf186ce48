package org.kenmon.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.Rulebook;

/** Plain-text renderings of {@code regime show} and {@code regime diff}, for people. */
public final class RegimeText {
  private RegimeText() {}

  public static String show(LocalDate asOf, Rulebook rulebook, String dataHash) {
    StringBuilder s = new StringBuilder();
    Map<String, Long> counts = rulebook.measures().stream()
        .collect(Collectors.groupingBy(MeasureInForce::issuer, LinkedHashMap::new, Collectors.counting()));
    s.append("Measures in force on ").append(asOf).append(": ");
    s.append(counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    s.append("   (regime data ").append(dataHash, 0, 12).append(")\n");
    String issuer = null;
    for (MeasureInForce m : rulebook.measures()) {
      if (!m.issuer().equals(issuer)) {
        issuer = m.issuer();
        s.append("\n== ").append(issuer).append(" ==\n");
      }
      s.append('\n');
      measure(s, m);
    }
    return s.toString();
  }

  static void measure(StringBuilder s, MeasureInForce m) {
    s.append(String.format("  %-44s %-16s %s%n", m.id(), m.effect().code(), m.kind().label()));
    s.append("      ").append(m.title()).append('\n');
    line(s, "covers", ScopeText.describe(m.scope()));
    if (!m.thresholds().isEmpty()) {
      line(s, "threshold", ScopeText.thresholds(m.thresholds()));
    }
    for (var e : m.exemptions()) {
      line(s, "except", ScopeText.exemption(e));
    }
    line(s, "in force", period(m));
    line(s, "basis", m.legalBasis());
    line(s, "sources", m.sources().stream().map(src -> src.id()).collect(Collectors.joining(", ")));
    for (var u : m.unconfirmed()) {
      line(s, "UNCONFIRMED", u.field() + (u.note().isEmpty() ? "" : ": " + u.note()));
    }
  }

  static String period(MeasureInForce m) {
    String s = m.validFrom() + " to " + (m.validTo() == null ? "(open)" : m.validTo().toString());
    if (m.interval().decidedOn() != null) {
      s += ", decided " + m.interval().decidedOn();
    }
    return s;
  }

  private static void line(StringBuilder s, String label, String text) {
    s.append(String.format("      %-9s %s%n", label, text));
  }

  public static String diff(RegimeDiff d, String scopeLabel) {
    StringBuilder s = new StringBuilder();
    s.append("What changed in ").append(scopeLabel).append(" measures between ").append(d.from()).append(" and ")
        .append(d.to()).append('\n');
    if (d.isEmpty()) {
      s.append("\nNothing changed in substance.\n");
    }
    section(s, "No longer in force", d.removed(), "-", true);
    if (!d.changed().isEmpty()) {
      s.append("\nChanged (").append(d.changed().size()).append("):\n");
      for (RegimeDiff.Change c : d.changed()) {
        s.append(String.format("  ~ %-44s %s%n", c.id(), c.after().kind().label()));
        s.append("      ").append(c.after().title()).append('\n');
        for (String field : c.fields()) {
          s.append(String.format("      %-11s %s%n", field + ":", describe(c.before(), field)));
          s.append(String.format("      %-11s → %s%n", "", describe(c.after(), field)));
        }
        s.append(String.format("      %-11s %s%n", "in force", RegimeText.period(c.after())));
      }
    }
    section(s, "New in force", d.added(), "+", false);
    if (!d.renewed().isEmpty()) {
      s.append("\nRenewed without change (").append(d.renewed().size()).append("):\n");
      for (RegimeDiff.Change c : d.renewed()) {
        s.append(String.format("  = %-44s %s → %s%n", c.id(), RegimeText.period(c.before()), RegimeText.period(c.after())));
      }
    }
    if (!d.unchanged().isEmpty()) {
      s.append("\nUnchanged (").append(d.unchanged().size()).append("): in force on both dates as before\n");
      for (String id : d.unchanged()) {
        s.append("  = ").append(id).append('\n');
      }
    }
    return s.toString();
  }

  private static void section(StringBuilder s, String title, List<MeasureInForce> measures, String mark, boolean ended) {
    if (measures.isEmpty()) {
      return;
    }
    s.append('\n').append(title).append(" (").append(measures.size()).append("):\n");
    for (MeasureInForce m : measures) {
      s.append(String.format("  %s %-44s %-16s %s%n", mark, m.id(), m.effect().code(), m.kind().label()));
      s.append("      ").append(m.title()).append('\n');
      s.append("      ").append(ended ? "was in force " : "in force ").append(period(m)).append('\n');
    }
  }

  private static String describe(MeasureInForce m, String field) {
    switch (field) {
      case "thresholds":
        return ScopeText.thresholds(m.thresholds());
      case "exceptions":
        return ScopeText.exemptions(m.exemptions());
      case "scope":
        return ScopeText.describe(m.scope());
      case "effect":
        return m.effect().code();
      case "title":
        return m.title();
      case "kind":
        return m.kind().label();
      case "legal_basis":
        return m.legalBasis();
      default:
        throw new IllegalArgumentException("unknown field " + field);
    }
  }
}

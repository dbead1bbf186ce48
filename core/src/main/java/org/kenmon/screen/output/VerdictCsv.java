package org.kenmon.screen.output;

import java.util.LinkedHashSet;
import java.util.Set;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Verdict;

/**
 * Verdicts as CSV, one row each: {@code id,date,type,outcome,as_of,measures,reasons,unconfirmed,
 * source}. Measures and reasons of the findings that are not CLEAR, joined with " | ".
 */
public final class VerdictCsv {
  public static final String HEADER = "id,date,type,outcome,as_of,measures,reasons,unconfirmed,source";

  private VerdictCsv() {}

  public static String row(Verdict v) {
    Set<String> measures = new LinkedHashSet<>();
    Set<String> reasons = new LinkedHashSet<>();
    boolean unconfirmed = false;
    for (Finding f : v.findings()) {
      if (f.effect() == Outcome.CLEAR) {
        continue;
      }
      measures.add(f.measure() == null ? "(list)" : f.measure());
      reasons.add(f.reason());
      unconfirmed |= f.unconfirmed();
    }
    return String.join(",", quote(v.id()), v.transaction().date().toString(), v.transaction().type().code(),
        v.outcome().name(), v.asOf().toString(), quote(String.join(" | ", measures)),
        quote(String.join(" | ", reasons)), Boolean.toString(unconfirmed), quote(v.transaction().source()));
  }

  static String quote(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}

package org.kenmon.report;

import java.util.ArrayList;
import java.util.List;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.PartyScope;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.VesselScope;

/** One-line, human descriptions of scopes, goods, thresholds and exceptions. */
public final class ScopeText {
  private ScopeText() {}

  public static String describe(Scope s) {
    List<String> parts = new ArrayList<>();
    if (!s.directions().isEmpty()) {
      parts.add(String.join("/", s.directions().stream().map(d -> d.code()).toList()));
    }
    if (!s.destination().isEmpty()) {
      parts.add("to " + String.join(", ", s.destination()));
    }
    if (!s.origin().isEmpty()) {
      parts.add("from " + String.join(", ", s.origin()));
    }
    if (!s.involving().isEmpty()) {
      parts.add("to or from " + String.join(", ", s.involving()));
    }
    if (s.goods() != null) {
      parts.add(goods(s.goods()));
    }
    if (s.parties() != null) {
      parts.add(parties(s.parties()));
    }
    if (s.vessels() != null) {
      parts.add(vessels(s.vessels()));
    }
    if (s.viaThirdCountries()) {
      parts.add("also via third countries");
    }
    if (s.condition() != null) {
      parts.add("only if " + s.condition());
    }
    if (s.note() != null) {
      parts.add(s.note());
    }
    return String.join(" · ", parts);
  }

  public static String goods(GoodsScope g) {
    List<String> parts = new ArrayList<>();
    if (g.all()) {
      parts.add("all goods");
    }
    if (!g.hs().isEmpty()) {
      parts.add("HS " + String.join(", ", g.hs().stream().map(HsPattern::toString).toList()));
    }
    if (!g.categories().isEmpty()) {
      parts.add("categories " + String.join(", ", g.categories()));
    }
    if (!g.exceptHs().isEmpty()) {
      parts.add("except HS " + String.join(", ", g.exceptHs().stream().map(HsPattern::toString).toList()));
    }
    if (g.note() != null) {
      parts.add("(" + g.note() + ")");
    }
    return String.join(" ", parts);
  }

  private static String parties(PartyScope p) {
    List<String> parts = new ArrayList<>();
    if (!p.lists().isEmpty()) {
      parts.add("parties on " + String.join(", ", p.lists()));
    }
    if (!p.nationality().isEmpty()) {
      parts.add("nationals of " + String.join(", ", p.nationality()));
    }
    if (!p.residence().isEmpty()) {
      parts.add("residents of " + String.join(", ", p.residence()));
    }
    if (!p.roles().isEmpty()) {
      parts.add("as " + String.join(", ", p.roles()));
    }
    if (!p.categories().isEmpty()) {
      parts.add("(" + String.join(", ", p.categories()).replace('_', ' ') + ")");
    }
    if (p.note() != null) {
      parts.add("(" + p.note() + ")");
    }
    return String.join(" ", parts);
  }

  private static String vessels(VesselScope v) {
    List<String> parts = new ArrayList<>();
    parts.add("vessels");
    if (!v.flags().isEmpty()) {
      parts.add("flagged " + String.join(", ", v.flags()));
    }
    if (!v.flagsExcept().isEmpty()) {
      parts.add("of any flag but " + String.join(", ", v.flagsExcept()));
    }
    if (!v.calledAt().isEmpty()) {
      parts.add("that called at ports of " + String.join(", ", v.calledAt()));
    }
    if (!v.listed().isEmpty()) {
      parts.add("listed on " + String.join(", ", v.listed()));
    }
    if (!v.names().isEmpty()) {
      parts.add("named " + String.join(" / ", v.names()));
    }
    if (v.note() != null) {
      parts.add("(" + v.note() + ")");
    }
    return String.join(" ", parts);
  }

  public static String thresholds(List<Threshold> thresholds) {
    return thresholds.isEmpty() ? "none" : String.join("; ", thresholds.stream().map(ScopeText::threshold).toList());
  }

  public static String threshold(Threshold t) {
    return (t.what() == null ? "" : t.what().replace('_', ' ') + " ") + t.describe();
  }

  public static String exemption(Exemption e) {
    StringBuilder s = new StringBuilder(e.id()).append(": ").append(e.title());
    List<String> when = new ArrayList<>();
    if (!e.when().purpose().isEmpty()) {
      when.add("purpose " + String.join("/", e.when().purpose()));
    }
    if (e.when().amount() != null) {
      when.add("amount " + e.when().amount().describe());
    }
    if (e.when().goods() != null) {
      when.add(goods(e.when().goods()));
    }
    if (!when.isEmpty()) {
      s.append(" [").append(String.join(", ", when)).append("]");
    }
    return s.append(" → ").append(e.effect().code()).toString();
  }

  public static String exemptions(List<Exemption> exemptions) {
    return exemptions.isEmpty() ? "none" : String.join("; ", exemptions.stream().map(ScopeText::exemption).toList());
  }
}

package org.kenmon.regime.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Comparator;
import org.kenmon.regime.Direction;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.PartyScope;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.VesselScope;

/** Reads scopes, goods scopes and thresholds, checking codes against their vocabularies. */
final class ScopeReader {
  private final YamlProblems problems;
  private final Set<String> categoryIds;

  ScopeReader(YamlProblems problems, Set<String> categoryIds) {
    this.problems = problems;
    this.categoryIds = categoryIds;
  }

  Scope scope(YamlFields f) {
    // Judged on the fields present, not on what parsed, so that one bad code is one problem.
    boolean empty = !f.has("direction") && !f.has("destination") && !f.has("origin") && !f.has("involving")
        && !f.has("goods") && !f.has("condition")
        && !f.has("parties") && !f.has("vessels") && !f.has("note");
    List<Direction> directions = new ArrayList<>();
    for (YamlFields.Item item : f.items("direction", true)) {
      String s = item.text();
      if (s == null) {
        continue;
      }
      Direction d = Codes.lowerCaseConstant(Direction.class, s);
      if (d == null) {
        problems.error(item.node, item.path,
            "unknown direction \"" + s + "\"; expected one of: " + Codes.lowerCaseList(Direction.class));
      } else {
        directions.add(d);
      }
    }
    List<String> destination = countries(f, "destination");
    List<String> origin = countries(f, "origin");
    List<String> involving = countries(f, "involving");
    YamlFields goodsFields = f.object("goods");
    GoodsScope goods = goodsFields == null ? null : goods(goodsFields);
    YamlFields partyFields = f.object("parties");
    PartyScope parties = partyFields == null ? null : parties(partyFields);
    YamlFields vesselFields = f.object("vessels");
    VesselScope vessels = vesselFields == null ? null : vessels(vesselFields);
    boolean via = f.bool("via_third_countries");
    String condition = f.text("condition", false);
    String note = f.text("note", false);
    f.finish("direction, destination, origin, involving, goods, parties, vessels, via_third_countries, condition, note");
    if (empty) {
      problems.error(f.node(), f.path(), "an empty scope needs a note saying what the measure covers");
    }
    return new Scope(directions, destination, origin, involving, goods, parties, vessels, via, condition, note);
  }

  GoodsScope goods(YamlFields f) {
    boolean namesGoods = f.has("all") || f.has("hs") || f.has("categories") || f.has("note");
    boolean all = f.bool("all");
    List<HsPattern> hs = hsPatterns(f, "hs");
    List<String> categories = new ArrayList<>();
    for (YamlFields.Item item : f.items("categories", true)) {
      String id = item.text();
      if (id == null) {
        continue;
      }
      if (!categoryIds.contains(id)) {
        problems.error(item.node, item.path, "unknown goods category \"" + id + "\"; defined in this file: "
            + (categoryIds.isEmpty() ? "none" : String.join(", ", categoryIds)));
      }
      categories.add(id);
    }
    List<HsPattern> except = hsPatterns(f, "except_hs");
    String note = f.text("note", false);
    f.finish("all, hs, categories, except_hs, note");
    if (all && (!hs.isEmpty() || !categories.isEmpty())) {
      problems.error(f.node(), f.path(), "all: true cannot be combined with hs or categories");
    }
    if (!namesGoods) {
      problems.error(f.node(), f.path(), "goods scope names no goods: give all, hs, categories or a note");
    }
    return new GoodsScope(all, hs, categories, except, note);
  }

  List<HsPattern> hsPatterns(YamlFields f, String key) {
    List<HsPattern> out = new ArrayList<>();
    for (YamlFields.Item item : f.items(key, true)) {
      String s = item.text();
      if (s == null) {
        continue;
      }
      try {
        out.add(HsPattern.parse(s));
      } catch (IllegalArgumentException e) {
        problems.error(item.node, item.path, e.getMessage());
      }
    }
    return out;
  }

  PartyScope parties(YamlFields f) {
    List<String> lists = listIds(f, "lists");
    List<String> nationality = countries(f, "nationality");
    List<String> residence = countries(f, "residence");
    List<String> roles = f.texts("roles");
    List<String> categories = f.texts("categories");
    String note = f.text("note", false);
    f.finish("lists, nationality, residence, roles, categories, note");
    return new PartyScope(lists, nationality, residence, roles, categories, note);
  }

  VesselScope vessels(YamlFields f) {
    List<String> flags = countries(f, "flags");
    List<String> flagsExcept = countries(f, "flags_except");
    List<String> calledAt = countries(f, "called_at");
    List<String> listed = listIds(f, "listed");
    List<String> names = f.texts("names");
    String note = f.text("note", false);
    f.finish("flags, flags_except, called_at, listed, names, note");
    return new VesselScope(flags, flagsExcept, calledAt, listed, names, note);
  }

  List<Threshold> thresholds(YamlFields owner, String key) {
    List<Threshold> out = new ArrayList<>();
    for (YamlFields.Item item : owner.items(key, false)) {
      Threshold t = threshold(item.fields());
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  Threshold threshold(YamlFields f) {
    String what = f.text("what", false);
    BigDecimal amount = f.decimal("amount", true);
    String currency = f.text("currency", false);
    String unit = f.text("unit", false);
    Comparator comparator = f.oneOf("comparator", true, s -> Codes.lowerCaseConstant(Comparator.class, s),
        Codes.lowerCaseList(Comparator.class));
    String per = f.text("per", false);
    String note = f.text("note", false);
    f.finish("what, amount, currency, unit, comparator, per, note");
    boolean ok = amount != null && comparator != null;
    if (amount != null && amount.signum() <= 0) {
      problems.error(f.at("amount"), f.field("amount"), "amount must be positive, got " + amount.toPlainString());
      ok = false;
    }
    if (currency == null && unit == null) {
      problems.error(f.node(), f.path(), "a threshold needs a currency (money) or a unit (volume)");
      ok = false;
    } else if (currency != null && unit != null) {
      problems.error(f.at("unit"), f.field("unit"), "give a currency or a unit, not both");
      ok = false;
    } else if (currency != null && !Codes.CURRENCIES.contains(currency)) {
      problems.error(f.at("currency"), f.field("currency"), "\"" + currency + "\" is not an ISO 4217 currency code");
      ok = false;
    } else if (unit != null && !Codes.UNITS.contains(unit)) {
      problems.error(f.at("unit"), f.field("unit"), "unknown unit \"" + unit + "\"; expected one of: "
          + String.join(", ", Codes.UNITS));
      ok = false;
    }
    if (per != null && !Codes.PERIODS.contains(per)) {
      problems.error(f.at("per"), f.field("per"), "unknown period \"" + per + "\"; expected one of: "
          + String.join(", ", Codes.PERIODS));
    }
    return ok ? new Threshold(what, amount, currency, unit, comparator, per, note) : null;
  }

  List<String> countries(YamlFields f, String key) {
    List<String> out = new ArrayList<>();
    for (YamlFields.Item item : f.items(key, true)) {
      String s = item.text();
      if (s == null) {
        continue;
      }
      if (!Codes.isCountry(s)) {
        problems.error(item.node, item.path, "\"" + s + "\" is not an ISO 3166 alpha-2 country code");
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private List<String> listIds(YamlFields f, String key) {
    List<String> out = new ArrayList<>();
    for (YamlFields.Item item : f.items(key, true)) {
      String s = item.text();
      if (s == null) {
        continue;
      }
      if (!s.matches("[a-z0-9][a-z0-9-]*")) {
        problems.error(item.node, item.path, "\"" + s + "\" is not a list id (lower case, digits and dashes)");
      } else {
        out.add(s);
      }
    }
    return out;
  }
}

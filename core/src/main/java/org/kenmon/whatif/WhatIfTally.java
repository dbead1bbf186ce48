package org.kenmon.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Transaction;
import org.kenmon.whatif.Comparison.Change;

/**
 * Counts and values of a what-if run by kind of change, and for every kind but UNCHANGED the
 * breakdowns by HS chapter and brand origin (per goods line), and by route or crossing,
 * counterparty and transaction type (per transaction). Memory grows with the number of distinct
 * groups, not with the number of transactions. Not thread-safe: one tally per run.
 */
public final class WhatIfTally {
  /** What a breakdown groups by. */
  public enum Dimension {
    HS_CHAPTER("HS chapter", true),
    BRAND_ORIGIN("brand origin", true),
    ROUTE("route or crossing", false),
    COUNTERPARTY("counterparty", false),
    TYPE("transaction type", false);

    private final String label;
    private final boolean perGoodsLine;

    Dimension(String label, boolean perGoodsLine) {
      this.label = label;
      this.perGoodsLine = perGoodsLine;
    }

    public String label() {
      return label;
    }

    /** Whether it counts goods lines (of shipments) rather than transactions. */
    public boolean perGoodsLine() {
      return perGoodsLine;
    }
  }

  private final Traits traits;
  private long compared;
  private final Map<Change, Long> counts = new EnumMap<>(Change.class);
  private final Map<Change, Amounts> values = new EnumMap<>(Change.class);
  private final Map<Change, Map<Dimension, Map<String, Group>>> breakdowns = new EnumMap<>(Change.class);

  public WhatIfTally(WhatIf whatIf) {
    this.traits = new Traits(whatIf.context().goods(), whatIf.context().places());
  }

  public void add(Comparison c) {
    compared++;
    Change change = c.change();
    counts.merge(change, 1L, Long::sum);
    Transaction t = c.transaction();
    Amounts value = valueOf(t);
    values.computeIfAbsent(change, k -> new Amounts()).addAll(value);
    if (change == Change.UNCHANGED) {
      return;
    }
    Map<Dimension, Map<String, Group>> b = breakdowns.computeIfAbsent(change, k -> new EnumMap<>(Dimension.class));
    for (Traits.Line line : traits.lines(t)) {
      GoodsLine g = line.line();
      group(b, Dimension.HS_CHAPTER, line.chapter()).add(g.currency(), g.value());
      group(b, Dimension.BRAND_ORIGIN, line.brandOrigin()).add(g.currency(), g.value());
    }
    group(b, Dimension.ROUTE, traits.route(t)).addAll(value);
    group(b, Dimension.COUNTERPARTY, traits.counterparty(t)).addAll(value);
    group(b, Dimension.TYPE, new Group.Key(t.type().code(), t.type().code().replace('_', ' '))).addAll(value);
  }

  private static Group group(Map<Dimension, Map<String, Group>> b, Dimension d, Group.Key key) {
    return b.computeIfAbsent(d, k -> new HashMap<>()).computeIfAbsent(key.id(), k -> new Group(key));
  }

  /** The goods lines' values of a shipment, the amount of a payment or cash; none for the rest. */
  public static Amounts valueOf(Transaction t) {
    Amounts a = new Amounts();
    for (GoodsLine g : t.goods()) {
      a.add(g.currency(), g.value());
    }
    a.add(t.currency(), t.amount());
    return a;
  }

  public long compared() {
    return compared;
  }

  public long count(Change change) {
    return counts.getOrDefault(change, 0L);
  }

  public Amounts value(Change change) {
    return values.getOrDefault(change, new Amounts());
  }

  /** The groups of one breakdown, largest count first (then by label). */
  public List<Group> breakdown(Change change, Dimension d) {
    Map<String, Group> groups = breakdowns.getOrDefault(change, Map.of()).getOrDefault(d, Map.of());
    List<Group> out = new ArrayList<>(groups.values());
    out.sort(Comparator.comparingLong(Group::count).reversed().thenComparing(g -> g.key().label()));
    return out;
  }
}

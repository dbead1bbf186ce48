package org.kenmon.lists.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;

/**
 * What changed between two versions of one list, entry by entry (matched by entry id): entries
 * added, removed, and changed in what screening uses. Order of names, dates or identifiers is not
 * a change; remarks, addresses and listing dates are not compared.
 *
 * @param from label of the older version
 * @param to label of the newer version
 */
public record ListDiff(String from, String to, List<ListEntry> added, List<ListEntry> removed,
    List<Change> changed, int unchanged) {

  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** One entry changed: which fields differ. */
  public record Change(String entryId, String name, List<String> fields, ListEntry before, ListEntry after) {
    public Change {
      fields = List.copyOf(fields);
    }
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * @throws IllegalArgumentException when the versions are of different lists
   */
  public static ListDiff between(ListVersion a, ListVersion b) {
    if (!a.listId().equals(b.listId())) {
      throw new IllegalArgumentException("cannot diff " + a.label() + " and " + b.label()
          + ": a diff compares two versions of one list");
    }
    Map<String, ListEntry> before = byId(a);
    Map<String, ListEntry> after = byId(b);
    List<ListEntry> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    int unchanged = 0;
    for (ListEntry e : after.values()) {
      ListEntry old = before.get(e.entryId());
      if (old == null) {
        added.add(e);
        continue;
      }
      List<String> fields = changedFields(old, e);
      if (fields.isEmpty()) {
        unchanged++;
      } else {
        changed.add(new Change(e.entryId(), e.name(), fields, old, e));
      }
    }
    List<ListEntry> removed = before.values().stream().filter(e -> !after.containsKey(e.entryId())).toList();
    return new ListDiff(a.label(), b.label(), added, removed, changed, unchanged);
  }

  private static Map<String, ListEntry> byId(ListVersion v) {
    Map<String, ListEntry> m = new LinkedHashMap<>();
    v.entries().forEach(e -> m.putIfAbsent(e.entryId(), e));
    return m;
  }

  static List<String> changedFields(ListEntry a, ListEntry b) {
    List<String> out = new ArrayList<>();
    if (a.type() != b.type()) {
      out.add("type");
    }
    differ(out, "names", a, b, e -> set(e.names()));
    differ(out, "birthDates", a, b, e -> set(e.birthDates()));
    differ(out, "nationalities", a, b, e -> set(e.nationalities()));
    differ(out, "identifiers", a, b, e -> set(e.identifiers().stream()
        .map(i -> i.type() + ":" + i.key() + ":" + Objects.toString(i.country(), "")).toList()));
    differ(out, "programs", a, b, e -> set(e.programs()));
    return out;
  }

  private static void differ(List<String> out, String field, ListEntry a, ListEntry b,
      Function<ListEntry, Set<?>> values) {
    if (!values.apply(a).equals(values.apply(b))) {
      out.add(field);
    }
  }

  private static <T> Set<T> set(List<T> values) {
    return new HashSet<>(values);
  }
}

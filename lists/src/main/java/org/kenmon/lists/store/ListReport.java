package org.kenmon.lists.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;

/** Text and JSON renderings of stored versions and diffs, for the command line and reports. */
public final class ListReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ListReport() {}

  /** One line per version. */
  public static String versions(List<StoredVersion> versions) {
    StringBuilder s = new StringBuilder();
    for (StoredVersion v : versions) {
      s.append(String.format("%-40s %-8s %6d entries  %s%n", v.label(), v.format(), v.loaded(), v.title()));
    }
    return s.toString();
  }

  /** A version's summary: where it came from, the counts of its read, entries by type and program. */
  public static String summary(StoredVersion stored, ListVersion version) {
    StringBuilder s = new StringBuilder();
    s.append(stored.label()).append("  ").append(stored.title()).append('\n');
    s.append("  format ").append(stored.format()).append(", as of ").append(stored.asOf())
        .append(", imported ").append(stored.importedAt()).append('\n');
    s.append("  sha256 ").append(stored.sha256()).append('\n');
    s.append(String.format("  read %d, loaded %d, rejected %d, skipped %d%n", stored.read(), stored.loaded(),
        stored.rejected(), stored.skipped()));
    s.append("  entries by type: ").append(counts(version.entries(), e -> List.of(e.type().code()))).append('\n');
    s.append("  entries by program: ").append(counts(version.entries(), ListEntry::programs)).append('\n');
    return s.toString();
  }

  private static String counts(List<ListEntry> entries, Function<ListEntry, List<String>> keys) {
    Map<String, Long> counts = entries.stream().flatMap(e -> keys.apply(e).stream())
        .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    if (counts.isEmpty()) {
      return "none";
    }
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** The diff as text: a count line, then {@code +}, {@code -} and {@code ~} lines. */
  public static String diffText(ListDiff d) {
    StringBuilder s = new StringBuilder();
    s.append(d.from()).append(" -> ").append(d.to()).append('\n');
    s.append(String.format("  added %d, removed %d, changed %d, unchanged %d%n", d.added().size(),
        d.removed().size(), d.changed().size(), d.unchanged()));
    d.added().forEach(e -> s.append(String.format("+ %-14s %-12s %s%n", e.entryId(), e.type().code(), e.name())));
    d.removed().forEach(e -> s.append(String.format("- %-14s %-12s %s%n", e.entryId(), e.type().code(), e.name())));
    d.changed().forEach(c -> s.append(String.format("~ %-14s %-12s %s: %s%n", c.entryId(), c.after().type().code(),
        c.name(), String.join(", ", c.fields()))));
    return s.toString();
  }

  /** The diff as pretty JSON: {@code from}, {@code to}, {@code added}, {@code removed}, {@code changed}. */
  public static String diffJson(ListDiff d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("from", d.from()).put("to", d.to()).put("unchanged", d.unchanged());
    entries(o.putArray("added"), d.added());
    entries(o.putArray("removed"), d.removed());
    ArrayNode changed = o.putArray("changed");
    for (ListDiff.Change c : d.changed()) {
      ObjectNode n = changed.addObject().put("entryId", c.entryId()).put("name", c.name());
      c.fields().forEach(n.putArray("fields")::add);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void entries(ArrayNode a, List<ListEntry> entries) {
    entries.forEach(e -> a.addObject().put("entryId", e.entryId()).put("type", e.type().code()).put("name", e.name()));
  }
}

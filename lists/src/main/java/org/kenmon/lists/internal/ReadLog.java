package org.kenmon.lists.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.ListLimitException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ReadLimits;
import org.kenmon.problems.Problem;
import org.kenmon.problems.Problem.Severity;

/**
 * The running account of one read: records seen, loaded, rejected and skipped, the problems (at
 * most {@code maxProblems}, then one closing count), and the entries. Enforces {@code maxEntries}
 * and one entry per entry id. Not thread-safe; one per read.
 */
public final class ReadLog {
  private final String file;
  private final ReadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final List<ListEntry> entries = new ArrayList<>();
  private final Map<String, String> firstSeen = new HashMap<>();
  private int dropped;
  private int read;
  private int rejected;
  private int skipped;

  public ReadLog(String file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  public String file() {
    return file;
  }

  public ReadLimits limits() {
    return limits;
  }

  /**
   * Counts one record and starts its entry.
   *
   * @throws ListLimitException when this record is one more than {@code maxEntries}
   */
  public EntryDraft record(String listId, int line) {
    countRecord(line);
    return new EntryDraft(this, listId, file, line);
  }

  /** Counts one record that is deliberately not loaded. */
  public void skip(int line) {
    countRecord(line);
    skipped++;
  }

  /** Counts one record that could not even be made into a draft (an unparseable row). */
  public void reject(int line, String field, String message) {
    countRecord(line);
    rejected++;
    add(new Problem(Severity.ERROR, file, line, 0, field, message));
  }

  private void countRecord(int line) {
    read++;
    if (read > limits.maxEntries()) {
      throw new ListLimitException(file, line, "maxEntries", read + " records", limits.maxEntries());
    }
  }

  /** A warning about a file other than the main one (OFAC {@code alt.csv}, {@code add.csv}). */
  public void warning(String inFile, int line, String field, String message) {
    add(new Problem(Severity.WARNING, inFile, line, 0, field, message));
  }

  void add(Problem problem) {
    if (problems.size() < limits.maxProblems()) {
      problems.add(problem);
    } else {
      dropped++;
    }
  }

  void accept(EntryDraft draft, ListEntry entry) {
    String where = draft.file() + ":" + draft.line();
    String first = firstSeen.putIfAbsent(entry.entryId(), where);
    if (first != null) {
      draft.error("id", "duplicate entry id " + entry.entryId() + ", first at " + first + "; the first is kept");
      rejected++;
      return;
    }
    entries.add(entry);
  }

  void rejected() {
    rejected++;
  }

  /** Builds the result; the reconciliation of the counts is checked by {@link ListReadResult}. */
  public ListReadResult finish(String listId, String title, String format, LocalDate asOf, String sha256) {
    // In file order, which is how people fix them; files in the order they were first reported.
    List<String> files = problems.stream().map(Problem::file).distinct().toList();
    List<Problem> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt((Problem p) -> files.indexOf(p.file())).thenComparingInt(Problem::line));
    if (dropped > 0) {
      all.add(new Problem(Severity.WARNING, file, 0, 0, "", dropped + " more problems not listed (limit "
          + "maxProblems=" + limits.maxProblems() + ")"));
    }
    List<ListEntry> labelled = entries.stream().map(e -> e.listId().equals(listId) ? e : relabel(e, listId)).toList();
    ListVersion version = new ListVersion(listId, title, format, asOf, sha256, labelled);
    return new ListReadResult(version, all, read, entries.size(), rejected, skipped);
  }

  /** The distinct list ids the entries were drafted with (FtM drafts with each entity's dataset). */
  public Set<String> draftedListIds() {
    Set<String> ids = new TreeSet<>();
    entries.forEach(e -> ids.add(e.listId()));
    return ids;
  }

  private static ListEntry relabel(ListEntry e, String listId) {
    return new ListEntry(listId, e.entryId(), e.type(), e.names(), e.birthDates(), e.nationalities(),
        e.countries(), e.identifiers(), e.programs(), e.listedOn(), e.remarks());
  }
}

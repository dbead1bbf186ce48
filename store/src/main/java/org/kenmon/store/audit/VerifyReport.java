package org.kenmon.store.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link AuditLog#verify} checked and found: the records read, the head, the rows checked per
 * table, and every problem (the first {@link #SHOWN} kept in full, the rest counted).
 */
public final class VerifyReport {
  /** Problems kept with their messages; a log rewritten from the start would otherwise flood. */
  public static final int SHOWN = 1000;

  private long records;
  private long headSeq;
  private String headHash;
  private final Map<String, Long> rowsChecked = new LinkedHashMap<>();
  private final List<AuditProblem> problems = new ArrayList<>();
  private long problemCount;

  VerifyReport() {}

  void records(long n) {
    records = n;
  }

  void head(long seq, String hash) {
    headSeq = seq;
    headHash = hash;
  }

  void rowsChecked(String table, long n) {
    rowsChecked.put(table, n);
  }

  /** Adds a problem found outside the audit package (such as a hold's state against its events). */
  public void add(AuditProblem p) {
    problemCount++;
    if (problems.size() < SHOWN) {
      problems.add(p);
    }
  }

  public void addRowsChecked(String what, long n) {
    rowsChecked.merge(what, n, Long::sum);
  }

  public boolean ok() {
    return problemCount == 0;
  }

  public long records() {
    return records;
  }

  public long headSeq() {
    return headSeq;
  }

  public String headHash() {
    return headHash;
  }

  public Map<String, Long> rowsChecked() {
    return rowsChecked;
  }

  /** The problems, by sequence number, then table and row; at most {@link #SHOWN}. */
  public List<AuditProblem> problems() {
    List<AuditProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing((AuditProblem p) -> p.seq() == null ? Long.MAX_VALUE : p.seq())
        .thenComparing(p -> p.table() == null ? "" : p.table())
        .thenComparing(p -> p.rowId() == null ? 0L : p.rowId()));
    return sorted;
  }

  public long problemCount() {
    return problemCount;
  }

  /** A report for people: a verdict line, the counts, then one line per problem. */
  public String text() {
    StringBuilder s = new StringBuilder();
    if (ok()) {
      s.append("audit log intact: ").append(records).append(" records, chain and rows verified\n");
    } else {
      s.append("audit log BROKEN: ").append(problemCount).append(problemCount == 1 ? " problem" : " problems")
          .append(" in ").append(records).append(" records\n");
    }
    s.append("head: seq ").append(headSeq).append(", hash ").append(headHash).append('\n');
    if (!rowsChecked.isEmpty()) {
      s.append("rows checked:");
      rowsChecked.forEach((t, n) -> s.append(' ').append(t).append(' ').append(n).append(','));
      s.setLength(s.length() - 1);
      s.append('\n');
    }
    for (AuditProblem p : problems()) {
      s.append("  ").append(p).append('\n');
    }
    if (problemCount > problems.size()) {
      s.append("  ... and ").append(problemCount - problems.size()).append(" more\n");
    }
    return s.toString();
  }
}

package org.kenmon.store.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table whose rows the audit log vouches for. Each row names the audit record that wrote it
 * ({@code audit_seq}); that record's payload holds, under {@code rows.<table>}, the row's id and
 * the SHA-256 of its sealed columns ({@link #digest}). Rows are written through {@link #insertSql}
 * and {@link #bind}, so what is stored and what is hashed cannot drift apart; {@link
 * AuditLog#verify} reads them back and compares.
 *
 * @param name the table
 * @param sealed the columns that never change after the insert, id first; their digest is in the log
 * @param current columns that change with later events (a hold's status); checked by other means
 * @param actions the audit actions that insert rows of this table
 */
public record AuditedTable(String name, List<Column> sealed, List<Column> current, Set<String> actions) {
  /** How a column's value is read, bound and written into the digest. */
  public enum Type {
    LONG, TEXT, DATE, TIMESTAMP
  }

  /** A column and its type. */
  public record Column(String name, Type type) {}

  public AuditedTable {
    sealed = List.copyOf(sealed);
    current = List.copyOf(current);
    actions = Set.copyOf(actions);
    if (sealed.isEmpty() || !sealed.get(0).name().equals("id") || sealed.get(0).type() != Type.LONG) {
      throw new IllegalArgumentException(name + ": the first sealed column must be id BIGINT");
    }
  }

  public static Column column(String name, Type type) {
    return new Column(name, type);
  }

  /** {@code INSERT INTO name (sealed…, current…, audit_seq) VALUES (?, …)}. */
  public String insertSql() {
    List<String> names = Stream.concat(sealed.stream(), current.stream()).map(Column::name)
        .collect(Collectors.toCollection(ArrayList::new));
    names.add("audit_seq");
    return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
        + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
  }

  /** Binds a row's values (by column name, every column present) and its audit record to {@link #insertSql}. */
  public void bind(PreparedStatement ps, Map<String, ?> values, long auditSeq) throws SQLException {
    int i = 1;
    for (Column c : sealed) {
      bind(ps, i++, c, require(values, c));
    }
    for (Column c : current) {
      bind(ps, i++, c, require(values, c));
    }
    ps.setLong(i, auditSeq);
  }

  /** The entry for {@code rows.<table>} in an audit payload: {@code {"id", "sha256"}}. */
  public Map<String, Object> rowEntry(Map<String, ?> values) {
    Map<String, Object> entry = new TreeMap<>();
    entry.put("id", values.get("id"));
    entry.put("sha256", digest(values));
    return entry;
  }

  /** Hex SHA-256 of the canonical JSON of the sealed columns: {@code {column: value}}. */
  public String digest(Map<String, ?> values) {
    Map<String, Object> canonical = new TreeMap<>();
    for (Column c : sealed) {
      canonical.put(c.name(), canonicalValue(c, require(values, c)));
    }
    return CanonicalJson.sha256(canonical);
  }

  /** Reads the sealed columns of the current row, by name. */
  Map<String, Object> readSealed(ResultSet rs) throws SQLException {
    Map<String, Object> out = new TreeMap<>();
    for (Column c : sealed) {
      out.put(c.name(), read(rs, c));
    }
    return out;
  }

  String sealedColumnList(String alias) {
    return sealed.stream().map(c -> alias + "." + c.name()).collect(Collectors.joining(", "));
  }

  private Object require(Map<String, ?> values, Column c) {
    if (!values.containsKey(c.name())) {
      throw new IllegalArgumentException(name + ": no value for column " + c.name());
    }
    return values.get(c.name());
  }

  private static Object canonicalValue(Column c, Object v) {
    if (v == null) {
      return null;
    }
    switch (c.type()) {
      case LONG:
        return ((Number) v).longValue();
      case TEXT:
        return (String) v;
      case DATE:
        return ((LocalDate) v).toString();
      case TIMESTAMP:
        return ((Instant) v).truncatedTo(ChronoUnit.MILLIS).toString();
      default:
        throw new AssertionError(c.type());
    }
  }

  private static void bind(PreparedStatement ps, int i, Column c, Object v) throws SQLException {
    switch (c.type()) {
      case LONG:
        if (v == null) {
          ps.setNull(i, Types.BIGINT);
        } else {
          ps.setLong(i, ((Number) v).longValue());
        }
        break;
      case TEXT:
        ps.setString(i, (String) v);
        break;
      case DATE:
        if (v == null) {
          ps.setNull(i, Types.DATE);
        } else {
          ps.setObject(i, v);
        }
        break;
      case TIMESTAMP:
        setInstant(ps, i, (Instant) v);
        break;
      default:
        throw new AssertionError(c.type());
    }
  }

  /** Binds an instant as TIMESTAMP WITH TIME ZONE in UTC, to the millisecond (what the log hashes). */
  public static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(i, OffsetDateTime.ofInstant(v.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
    }
  }

  /** Reads a TIMESTAMP WITH TIME ZONE as an instant; null stays null. */
  public static Instant getInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static Object read(ResultSet rs, Column c) throws SQLException {
    switch (c.type()) {
      case LONG:
        long l = rs.getLong(c.name());
        return rs.wasNull() ? null : l;
      case TEXT:
        return rs.getString(c.name());
      case DATE:
        return rs.getObject(c.name(), LocalDate.class);
      case TIMESTAMP:
        return getInstant(rs, c.name());
      default:
        throw new AssertionError(c.type());
    }
  }

  @Override
  public String toString() {
    return name;
  }
}

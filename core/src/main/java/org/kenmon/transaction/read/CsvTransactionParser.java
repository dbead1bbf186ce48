package org.kenmon.transaction.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flat CSV layout (docs/transactions.md): one transaction per row, one goods line, parties as
 * {@code role} / {@code role_country} / {@code role_nationality} column pairs, {@code route} and
 * {@code previous_ports} as {@code ;}-separated lists ({@code port@date}). Each row is turned into
 * the JSON record the JSON Lines reader checks, so both layouts obey one set of rules.
 */
public final class CsvTransactionParser implements TransactionParser {
  static final Set<String> ROLES = Set.of("exporter", "importer", "consignee", "shipper", "notify", "end_user",
      "broker", "trader", "payer", "payee", "payer_bank", "payee_bank", "carrier", "traveller");
  private static final Set<String> TOP = Set.of("id", "date", "type", "purpose", "origin", "destination", "route",
      "port", "country", "amount", "currency");
  private static final Map<String, String> GOODS = Map.of("description", "description", "hs", "hs",
      "quantity", "quantity", "value", "value", "goods_currency", "currency", "goods_origin", "origin");
  private static final Set<String> VESSEL = Set.of("vessel_name", "vessel_imo", "vessel_flag", "previous_ports");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final List<String> columns;
  private final JsonTransactionParser checks = new JsonTransactionParser();

  private CsvTransactionParser(List<String> columns) {
    this.columns = columns;
  }

  /**
   * A parser for files with this header line.
   *
   * @throws IllegalArgumentException naming every unknown or missing column
   */
  public static CsvTransactionParser forHeader(String header) {
    List<String> cols = new ArrayList<>();
    for (String c : split(header.replace("\uFEFF", ""))) {
      cols.add(c.trim());
    }
    List<String> unknown = new ArrayList<>();
    for (String c : cols) {
      if (!known(c)) {
        unknown.add(c);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + "; see docs/transactions.md for the flat CSV layout");
    }
    for (String required : List.of("id", "date", "type")) {
      if (!cols.contains(required)) {
        throw new IllegalArgumentException("the header needs a column " + required);
      }
    }
    return new CsvTransactionParser(List.copyOf(cols));
  }

  private static boolean known(String c) {
    if (TOP.contains(c) || GOODS.containsKey(c) || VESSEL.contains(c)) {
      return true;
    }
    String role = c.replaceFirst("_(country|nationality)$", "");
    return ROLES.contains(role);
  }

  @Override
  public ReadOutcome parse(String file, long line, String text) {
    List<String> cells = split(text);
    if (cells.size() != columns.size()) {
      RecordChecks c = new RecordChecks();
      c.problem("", "row has " + cells.size() + " fields, the header has " + columns.size());
      return ReadOutcome.rejected(new Reject(file, line, null, c.problems, text));
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String v = cells.get(i).trim();
      if (!v.isEmpty()) {
        row.put(columns.get(i), v);
      }
    }
    return checks.parse(file, line, record(row), text);
  }

  private static ObjectNode record(Map<String, String> row) {
    ObjectNode o = JSON.objectNode();
    for (String k : TOP) {
      String v = row.get(k);
      if (v == null) {
        continue;
      }
      if (k.equals("route")) {
        ArrayNode route = o.putArray("route");
        for (String place : v.split(";")) {
          route.add(place.trim());
        }
      } else {
        o.put(k, v);
      }
    }
    ArrayNode parties = JSON.arrayNode();
    for (String role : ROLES) {
      if (row.containsKey(role)) {
        ObjectNode p = parties.addObject().put("role", role).put("name", row.get(role));
        putIf(p, "country", row.get(role + "_country"));
        putIf(p, "nationality", row.get(role + "_nationality"));
      }
    }
    if (!parties.isEmpty()) {
      o.set("parties", parties);
    }
    ObjectNode goods = JSON.objectNode();
    GOODS.forEach((column, field) -> putIf(goods, field, row.get(column)));
    if (!goods.isEmpty()) {
      o.putArray("goods").add(goods);
    }
    if (row.keySet().stream().anyMatch(VESSEL::contains)) {
      ObjectNode v = o.putObject("vessel");
      putIf(v, "name", row.get("vessel_name"));
      putIf(v, "imo", row.get("vessel_imo"));
      putIf(v, "flag", row.get("vessel_flag"));
      String calls = row.get("previous_ports");
      if (calls != null) {
        ArrayNode list = v.putArray("previous_ports");
        for (String call : calls.split(";")) {
          String[] parts = call.split("@", 2);
          ObjectNode visit = list.addObject().put("port", parts[0].trim());
          if (parts.length == 2) {
            visit.put("date", parts[1].trim());
          }
        }
      }
    }
    return o;
  }

  private static void putIf(ObjectNode o, String k, String v) {
    if (v != null) {
      o.put(k, v);
    }
  }

  /** Splits one CSV line (RFC 4180 quotes, no line breaks inside fields). */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"' && cell.length() == 0) {
        quoted = true;
      } else if (ch == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }
}

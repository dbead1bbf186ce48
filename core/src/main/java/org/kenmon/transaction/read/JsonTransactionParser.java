package org.kenmon.transaction.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.hs.HsCode;
import org.kenmon.stamp.Hashing;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.PortVisit;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.TransactionType;
import org.kenmon.transaction.Vessel;

/**
 * Parses one JSON object per line (docs/transactions.md). The schema is closed: an unknown field
 * is a problem, because a misspelled {@code destinaton} silently ignored could clear a shipment
 * to the DPRK. Every problem of a record is reported, each with its field path.
 */
public final class JsonTransactionParser implements TransactionParser {
  /** Longest record line accepted. */
  public static final int MAX_LINE_CHARS = 1 << 20;
  /** Deepest JSON nesting accepted. */
  public static final int MAX_DEPTH = 16;
  /** Most goods lines or parties in one record. */
  public static final int MAX_ITEMS = 10_000;

  // Numbers with a fraction or an exponent are read as BigDecimal: amounts stay exact, and an
  // exponent such as 1e400 is a number to reject by size, not a double that overflows to infinity.
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_LINE_CHARS).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION) // {"id": "A", "id": "B"}
      .build())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

  private static final Set<String> TOP = Set.of("id", "date", "type", "parties", "goods", "route", "origin",
      "destination", "vessel", "amount", "currency", "purpose", "port", "country", "rates");
  private static final Set<String> PARTY = Set.of("role", "name", "country", "nationality", "address", "dob",
      "identifiers");
  private static final Set<String> GOODS = Set.of("description", "hs", "quantity", "value", "currency", "origin");
  private static final Set<String> VESSEL = Set.of("name", "imo", "flag", "previous_ports");
  private static final Set<String> VISIT = Set.of("port", "date");

  @Override
  public ReadOutcome parse(String file, long line, String text) {
    RecordChecks c = new RecordChecks();
    if (text.length() > MAX_LINE_CHARS) {
      c.problem("", "record is " + text.length() + " characters, over the limit of " + MAX_LINE_CHARS
          + " (JsonTransactionParser.MAX_LINE_CHARS)");
      return reject(file, line, null, c, text);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // a byte-order mark, as spreadsheet exports write before the first line
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      // Jackson names the source as "REDACTED (...)": only the line and column help here.
      c.problem("", "malformed JSON: " + e.getOriginalMessage().replace("[Source: REDACTED "
          + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "["));
      return reject(file, line, null, c, text);
    }
    return parse(file, line, root, text, c);
  }

  /**
   * Checks an already parsed record (the CSV reader builds the same tree from a flat row);
   * {@code text} is the record as read, kept in rejects and hashed for the stamp.
   */
  ReadOutcome parse(String file, long line, JsonNode root, String text) {
    return parse(file, line, root, text, new RecordChecks());
  }

  private ReadOutcome parse(String file, long line, JsonNode root, String text, RecordChecks c) {
    if (root == null || !root.isObject()) {
      c.problem("", "expected a JSON object per line");
      return reject(file, line, null, c, text);
    }
    unknownFields(c, root, TOP, "");
    String id = text(c, root, "id", "id");
    if (id == null) {
      c.problem("id", "required: every transaction needs an id");
    }
    LocalDate date = c.date("date", text(c, root, "date", "date"), true);
    String typeText = text(c, root, "type", "type");
    TransactionType type = typeText == null ? null : TransactionType.of(typeText.toLowerCase(Locale.ROOT));
    if (typeText == null) {
      c.problem("type", "required: shipment, payment, cash, port_call or entry");
    } else if (type == null) {
      c.problem("type", "unknown type \"" + typeText + "\"; expected shipment, payment, cash, port_call or entry");
    }
    List<Party> parties = parties(c, root.get("parties"));
    List<GoodsLine> goods = goods(c, root.get("goods"));
    List<String> route = strings(c, root.get("route"), "route");
    String origin = c.country("origin", text(c, root, "origin", "origin"));
    String destination = c.country("destination", text(c, root, "destination", "destination"));
    Vessel vessel = vessel(c, root.get("vessel"));
    BigDecimal amount = c.amount("amount", number(c, root, "amount", "amount"), true);
    String currency = c.currency("currency", text(c, root, "currency", "currency"));
    if (amount != null && currency == null && !root.has("currency")) {
      c.problem("currency", "an amount needs its currency");
    }
    String purpose = text(c, root, "purpose", "purpose");
    String port = text(c, root, "port", "port");
    String country = c.country("country", text(c, root, "country", "country"));
    Map<String, BigDecimal> rates = rates(c, root.get("rates"));
    if (type != null) {
      requireForType(c, type, root, goods, vessel);
    }
    if (!c.ok()) {
      return reject(file, line, id, c, text);
    }
    return ReadOutcome.of(new Transaction(id, date, type, parties, goods, route, origin, destination, vessel, amount,
        currency, purpose == null ? null : purpose.toLowerCase(Locale.ROOT), port, country, rates, file + ":" + line,
        Hashing.sha256(text)));
  }

  private static void requireForType(RecordChecks c, TransactionType type, JsonNode root, List<GoodsLine> goods,
      Vessel vessel) {
    switch (type) {
      case SHIPMENT:
        if (goods.isEmpty() && !present(root, "goods")) {
          c.problem("goods", "a shipment needs at least one goods line");
        }
        if (!present(root, "destination") && !present(root, "route") && !receiverWithCountry(root)) {
          c.problem("destination", "a shipment needs a destination, a route, or a consignee, importer or end user "
              + "with a country");
        }
        break;
      case PAYMENT:
      case CASH:
        if (!present(root, "amount")) {
          c.problem("amount", "a " + type.code() + " needs an amount");
        }
        if (type == TransactionType.CASH && !present(root, "destination")) {
          c.problem("destination", "a cash movement needs a destination");
        }
        break;
      case PORT_CALL:
        if (vessel == null && !present(root, "vessel")) {
          c.problem("vessel", "a port call needs a vessel");
        }
        if (!present(root, "port") && !present(root, "country")) {
          c.problem("port", "a port call needs a port or a country");
        }
        break;
      case ENTRY:
        if (!present(root, "country")) {
          c.problem("country", "an entry needs the country entered");
        }
        break;
      default:
        throw new AssertionError(type);
    }
  }

  /** Whether a field is there with something in it (not null, not an empty list or text). */
  private static boolean present(JsonNode root, String key) {
    JsonNode v = root.get(key);
    return v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty()) && !(v.isTextual() && v.asText().isBlank());
  }

  /** Whether a party in a receiving role names its country: where the goods go is then known. */
  private static boolean receiverWithCountry(JsonNode root) {
    JsonNode parties = root.get("parties");
    if (parties == null || !parties.isArray()) {
      return false;
    }
    for (JsonNode p : parties) {
      JsonNode role = p.get("role");
      if (role != null && role.isTextual() && Set.of("consignee", "importer", "end_user")
          .contains(role.asText().trim().toLowerCase(Locale.ROOT)) && present(p, "country")) {
        return true;
      }
    }
    return false;
  }

  private static List<Party> parties(RecordChecks c, JsonNode node) {
    List<Party> out = new ArrayList<>();
    if (!isArray(c, node, "parties")) {
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String f = "parties[" + i + "]";
      JsonNode p = node.get(i);
      if (!p.isObject()) {
        c.problem(f, "expected an object with role and name");
        continue;
      }
      unknownFields(c, p, PARTY, f);
      String role = text(c, p, "role", f + ".role");
      String name = text(c, p, "name", f + ".name");
      List<Identifier> ids = identifiers(c, p.get("identifiers"), f + ".identifiers");
      if (name == null && ids.isEmpty()) {
        c.problem(f + ".name", "a party needs a name or an identifier");
      }
      if (role == null) {
        c.problem(f + ".role", "required (exporter, importer, consignee, payer, payee, carrier, traveller…)");
      }
      BirthDate dob = null;
      String dobText = text(c, p, "dob", f + ".dob");
      if (dobText != null) {
        try {
          dob = BirthDate.parse(dobText);
        } catch (IllegalArgumentException e) {
          c.problem(f + ".dob", e.getMessage());
        }
      }
      out.add(new Party(role == null ? null : role.toLowerCase(Locale.ROOT), name,
          c.country(f + ".country", text(c, p, "country", f + ".country")),
          c.country(f + ".nationality", text(c, p, "nationality", f + ".nationality")),
          text(c, p, "address", f + ".address"), dob, ids));
    }
    return out;
  }

  private static List<Identifier> identifiers(RecordChecks c, JsonNode node, String field) {
    List<Identifier> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      c.problem(field, "expected an object such as {\"passport\": \"…\", \"imo\": \"…\"}");
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      IdentifierType type = identifierType(e.getKey());
      if (type == null) {
        c.problem(field + "." + e.getKey(), "unknown identifier type");
        continue;
      }
      if (!e.getValue().isTextual() && !e.getValue().isNumber()) {
        c.problem(field + "." + e.getKey(), "expected text");
        continue;
      }
      String value = e.getValue().asText();
      if (type == IdentifierType.IMO && c.imo(field + ".imo", value) == null) {
        continue;
      }
      out.add(Identifier.of(type, value));
    }
    return out;
  }

  private static IdentifierType identifierType(String key) {
    for (IdentifierType t : IdentifierType.values()) {
      if (t.code().equals(key)) {
        return t;
      }
    }
    return null;
  }

  private static List<GoodsLine> goods(RecordChecks c, JsonNode node) {
    List<GoodsLine> out = new ArrayList<>();
    if (!isArray(c, node, "goods")) {
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String f = "goods[" + i + "]";
      JsonNode g = node.get(i);
      if (!g.isObject()) {
        c.problem(f, "expected an object with description and/or hs");
        continue;
      }
      unknownFields(c, g, GOODS, f);
      String description = text(c, g, "description", f + ".description");
      String hsText = g.has("hs") && g.get("hs").isNumber() ? null : text(c, g, "hs", f + ".hs");
      if (g.has("hs") && g.get("hs").isNumber()) {
        c.problem(f + ".hs", "give HS codes as strings (\"847130\"): as a number, leading zeros are lost");
      }
      HsCode hs = c.hs(f + ".hs", hsText);
      if (description == null && hsText == null) {
        c.problem(f, "a goods line needs a description or an hs code");
      }
      BigDecimal quantity = c.amount(f + ".quantity", number(c, g, "quantity", f + ".quantity"), false);
      BigDecimal value = c.amount(f + ".value", number(c, g, "value", f + ".value"), false);
      String currency = c.currency(f + ".currency", text(c, g, "currency", f + ".currency"));
      if (value != null && !g.has("currency")) {
        c.problem(f + ".currency", "a value needs its currency");
      }
      out.add(new GoodsLine(description, hs, quantity, value, currency,
          c.country(f + ".origin", text(c, g, "origin", f + ".origin"))));
      if (out.size() > MAX_ITEMS) {
        c.problem("goods", "more than " + MAX_ITEMS + " goods lines (JsonTransactionParser.MAX_ITEMS)");
        break;
      }
    }
    return out;
  }

  private static Vessel vessel(RecordChecks c, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      c.problem("vessel", "expected an object with name, imo, flag, previous_ports");
      return null;
    }
    unknownFields(c, node, VESSEL, "vessel");
    String name = text(c, node, "name", "vessel.name");
    String imoText = node.has("imo") && node.get("imo").isNumber() ? node.get("imo").asText()
        : text(c, node, "imo", "vessel.imo");
    String imo = c.imo("vessel.imo", imoText);
    String flag = c.country("vessel.flag", text(c, node, "flag", "vessel.flag"));
    List<PortVisit> visits = new ArrayList<>();
    JsonNode prev = node.get("previous_ports");
    if (isArray(c, prev, "vessel.previous_ports")) {
      for (int i = 0; i < prev.size(); i++) {
        String f = "vessel.previous_ports[" + i + "]";
        JsonNode v = prev.get(i);
        if (v.isTextual()) {
          visits.add(new PortVisit(v.asText(), null));
          continue;
        }
        if (!v.isObject()) {
          c.problem(f, "expected {\"port\", \"date\"}");
          continue;
        }
        unknownFields(c, v, VISIT, f);
        String port = text(c, v, "port", f + ".port");
        if (port == null) {
          c.problem(f + ".port", "required");
        }
        visits.add(new PortVisit(port, c.date(f + ".date", text(c, v, "date", f + ".date"), false)));
      }
    }
    if (name == null && imo == null && imoText == null) {
      c.problem("vessel", "a vessel needs a name or an IMO number");
    }
    return new Vessel(name, imo, flag, visits);
  }

  private static Map<String, BigDecimal> rates(RecordChecks c, JsonNode node) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      c.problem("rates", "expected an object such as {\"USD\": 101.5} (JPY per unit) or {\"USD/CNY\": 6.2}");
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey().toUpperCase(Locale.ROOT);
      for (String cur : key.split("/")) {
        c.currency("rates." + e.getKey(), cur);
      }
      if (!e.getValue().isNumber() || e.getValue().decimalValue().signum() <= 0) {
        c.problem("rates." + e.getKey(), "a rate must be a positive number");
        continue;
      }
      out.put(key, e.getValue().decimalValue());
    }
    return out;
  }

  private static List<String> strings(RecordChecks c, JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    if (!isArray(c, node, field)) {
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode s = node.get(i);
      if (!s.isTextual() || s.asText().isBlank()) {
        c.problem(field + "[" + i + "]", "expected a place name");
      } else {
        out.add(s.asText().trim());
      }
    }
    return out;
  }

  private static boolean isArray(RecordChecks c, JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isArray()) {
      c.problem(field, "expected a list");
      return false;
    }
    if (node.size() > MAX_ITEMS) {
      c.problem(field, node.size() + " items, over the limit of " + MAX_ITEMS + " (JsonTransactionParser.MAX_ITEMS)");
      return false;
    }
    return true;
  }

  private static String text(RecordChecks c, JsonNode node, String key, String field) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      c.problem(field, "expected text, found " + v.getNodeType().name().toLowerCase(Locale.ROOT));
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static BigDecimal number(RecordChecks c, JsonNode node, String key, String field) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      try {
        return v.decimalValue();
      } catch (NumberFormatException e) { // a double that is not finite
        c.problem(field, v.asText() + " is not a finite number");
        return null;
      }
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.asText().trim().replace(",", ""));
      } catch (NumberFormatException e) {
        c.problem(field, "\"" + v.asText() + "\" is not a number");
        return null;
      }
    }
    c.problem(field, "expected a number");
    return null;
  }

  private static void unknownFields(RecordChecks c, JsonNode node, Set<String> allowed, String path) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        c.problem(path.isEmpty() ? name : path + "." + name, "unknown field; allowed: " + String.join(", ",
            new java.util.TreeSet<>(allowed)));
      }
    }
  }

  private static ReadOutcome reject(String file, long line, String id, RecordChecks c, String text) {
    return ReadOutcome.rejected(new Reject(file, line, id, c.problems, text));
  }
}

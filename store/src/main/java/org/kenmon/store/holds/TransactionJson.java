package org.kenmon.store.holds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.TreeMap;
import org.kenmon.entity.Identifier;
import org.kenmon.screen.output.VerdictJson;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.PortVisit;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;

/**
 * A transaction as one JSON Lines record of docs/transactions.md, which {@link
 * JsonTransactionParser} reads back into the same transaction: how a hold keeps what it holds,
 * whether it was read from JSON Lines or CSV. Absent fields are left out; numbers keep their
 * digits.
 */
public final class TransactionJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final JsonTransactionParser PARSER = new JsonTransactionParser();

  private TransactionJson() {}

  public static String write(Transaction t) {
    ObjectNode o = JSON.objectNode();
    o.put("id", t.id());
    o.put("date", t.date().toString());
    o.put("type", t.type().code());
    if (!t.parties().isEmpty()) {
      ArrayNode parties = o.putArray("parties");
      for (Party p : t.parties()) {
        ObjectNode po = parties.addObject();
        text(po, "role", p.role());
        text(po, "name", p.name());
        text(po, "country", p.country());
        text(po, "nationality", p.nationality());
        text(po, "address", p.address());
        text(po, "dob", p.birthDate() == null ? null : p.birthDate().toString());
        if (!p.identifiers().isEmpty()) {
          ObjectNode ids = po.putObject("identifiers");
          for (Identifier id : p.identifiers()) {
            ids.put(id.type().code(), id.value());
          }
        }
      }
    }
    if (!t.goods().isEmpty()) {
      ArrayNode goods = o.putArray("goods");
      for (GoodsLine g : t.goods()) {
        ObjectNode go = goods.addObject();
        text(go, "description", g.description());
        text(go, "hs", g.hs() == null ? null : g.hs().digits());
        number(go, "quantity", g.quantity());
        number(go, "value", g.value());
        text(go, "currency", g.currency());
        text(go, "origin", g.origin());
      }
    }
    if (!t.route().isEmpty()) {
      ArrayNode route = o.putArray("route");
      t.route().forEach(route::add);
    }
    text(o, "origin", t.origin());
    text(o, "destination", t.destination());
    if (t.vessel() != null) {
      ObjectNode vo = o.putObject("vessel");
      text(vo, "name", t.vessel().name());
      text(vo, "imo", t.vessel().imo());
      text(vo, "flag", t.vessel().flag());
      if (!t.vessel().previousPorts().isEmpty()) {
        ArrayNode prev = vo.putArray("previous_ports");
        for (PortVisit v : t.vessel().previousPorts()) {
          ObjectNode visit = prev.addObject();
          text(visit, "port", v.port());
          text(visit, "date", v.date() == null ? null : v.date().toString());
        }
      }
    }
    number(o, "amount", t.amount());
    text(o, "currency", t.currency());
    text(o, "purpose", t.purpose());
    text(o, "port", t.port());
    text(o, "country", t.country());
    if (!t.rates().isEmpty()) {
      ObjectNode rates = o.putObject("rates");
      new TreeMap<>(t.rates()).forEach(rates::put);
    }
    return VerdictJson.line(o);
  }

  /**
   * Reads a record written by {@link #write} back, as read from {@code source} with the input
   * hash {@code inputHash} (that of the record originally read, so that its verdicts' stamps name
   * the same input).
   *
   * @throws IllegalStateException when the record does not read back (a damaged store)
   */
  public static Transaction read(String json, String source, String inputHash) {
    ReadOutcome r = PARSER.parse(source, 0, json);
    if (r.isRejected()) {
      throw new IllegalStateException("a stored transaction does not read back (" + source + "): " + r.reject());
    }
    Transaction t = r.transaction();
    return new Transaction(t.id(), t.date(), t.type(), t.parties(), t.goods(), t.route(), t.origin(), t.destination(),
        t.vessel(), t.amount(), t.currency(), t.purpose(), t.port(), t.country(), t.rates(), source, inputHash);
  }

  private static void text(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static void number(ObjectNode o, String key, BigDecimal value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}

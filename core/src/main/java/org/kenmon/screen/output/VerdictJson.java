package org.kenmon.screen.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.read.Reject;

/**
 * The JSON Lines shapes of verdicts and rejects, which scripts and the HTTP API rely on:
 * {@code {"id", "outcome", "as_of", "findings": [{"measure", "issuer", "effect", "reason",
 * "evidence", "unconfirmed"}], "stamp": {"engine", "regimes", "lists", "input"}}}. Keys are only
 * ever added.
 */
public final class VerdictJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VerdictJson() {}

  public static ObjectNode verdict(Verdict v) {
    ObjectNode o = JSON.objectNode();
    o.put("id", v.id());
    o.put("outcome", v.outcome().name());
    o.put("as_of", v.asOf().toString());
    o.put("type", v.transaction().type().code());
    o.put("source", v.transaction().source());
    ArrayNode findings = o.putArray("findings");
    for (Finding f : v.findings()) {
      ObjectNode fo = findings.addObject();
      if (f.measure() == null) {
        fo.putNull("measure");
      } else {
        fo.put("measure", f.measure());
      }
      fo.put("issuer", f.issuer());
      fo.put("effect", f.effect().name());
      fo.put("reason", f.reason());
      ArrayNode evidence = fo.putArray("evidence");
      f.evidence().forEach(evidence::add);
      fo.put("unconfirmed", f.unconfirmed());
    }
    ObjectNode stamp = o.putObject("stamp");
    stamp.put("engine", v.stamp().engine());
    stamp.put("regimes", v.stamp().regimes());
    ArrayNode lists = stamp.putArray("lists");
    v.stamp().lists().forEach(lists::add);
    stamp.put("input", v.stamp().input());
    return o;
  }

  /** {@code {"file", "line", "id", "field", "message", "problems": [{"field","message"}], "record"}}. */
  public static ObjectNode reject(Reject r) {
    ObjectNode o = JSON.objectNode();
    o.put("file", r.file());
    o.put("line", r.line());
    if (r.id() == null) {
      o.putNull("id");
    } else {
      o.put("id", r.id());
    }
    o.put("field", r.problems().get(0).field());
    o.put("message", r.problems().get(0).message());
    ArrayNode problems = o.putArray("problems");
    for (Reject.FieldProblem p : r.problems()) {
      problems.addObject().put("field", p.field()).put("message", p.message());
    }
    o.put("record", r.record());
    return o;
  }

  /** One line of JSON, no newline. */
  public static String line(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}

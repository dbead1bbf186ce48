package org.kenmon.store.holds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Holds as JSON, one shape for {@code kenmon holds list|show --format json} and the HTTP API's
 * {@code /api/v1/holds}, so that scripts read both alike.
 */
public final class HoldJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HoldJson() {}

  /** The hold's own fields: {@code {"id", "status", "outcome", "transaction_id", …, "verdict_id"}}. */
  public static ObjectNode hold(Hold h) {
    ObjectNode o = JSON.objectNode();
    o.put("id", h.id());
    o.put("status", h.status().name());
    o.put("outcome", h.outcome().name());
    o.put("transaction_id", h.transactionId());
    o.put("type", h.type());
    o.put("date", h.date().toString());
    o.put("as_of", h.asOf() == null ? null : h.asOf().toString());
    o.put("input_hash", h.inputHash());
    o.put("source", h.source());
    o.put("held_at", h.heldAt().toString());
    o.put("updated_at", h.updatedAt().toString());
    o.put("state_key", h.stateKey());
    o.put("verdict_id", h.verdictId());
    return o;
  }

  /** The hold, the transaction it holds and every event with the verdict that caused it. */
  public static ObjectNode withHistory(Hold h, List<HoldEvent> events) {
    ObjectNode o = hold(h);
    o.set("transaction", tree(h.transactionJson()));
    ArrayNode a = o.putArray("events");
    for (HoldEvent e : events) {
      ObjectNode eo = a.addObject();
      eo.put("id", e.id());
      eo.put("kind", e.kind().name());
      eo.put("at", e.recordedAt().toString());
      eo.put("actor", e.actor());
      eo.put("reason", e.reason());
      eo.put("run", e.runId());
      eo.put("state_key", e.stateKey());
      eo.put("verdict_id", e.verdictId());
      eo.put("outcome", e.outcome().name());
      eo.set("verdict", tree(e.verdictJson()));
    }
    return o;
  }

  /** JSON the store wrote itself; failing to read it back means the store is damaged. */
  private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }
}

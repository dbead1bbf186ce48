package org.kenmon.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.StoreGate;
import org.kenmon.store.holds.Hold;
import org.kenmon.store.holds.HoldEvent;
import org.kenmon.store.holds.HoldJson;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.Holds;

/**
 * Held transactions: list them, read one with its history (every event with the verdict that
 * caused it), and release one by hand (admin only: a release overrides the law's verdict, and who
 * did it, the key's name, and why are kept with the hold and in the audit log).
 */
public final class HoldsApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Longest reason kept for a release by hand. */
  public static final int MAX_REASON_CHARS = 2000;

  private final StoreGate store;

  public HoldsApi(StoreGate store) {
    this.store = store;
  }

  public StoreGate store() {
    return store;
  }

  public void register(Routes r) {
    r.get("/api/v1/holds", Access.VIEWER, this::list);
    r.get("/api/v1/holds/{id}", Access.VIEWER, this::show);
    r.post("/api/v1/holds/{id}/release", Access.ADMIN, this::release);
  }

  /** A hold and its history, for the web UI as well. */
  public record HoldView(Hold hold, List<HoldEvent> events) {}

  void list(Context ctx) {
    Params.only(ctx, Set.of("status"));
    String status = Params.oneOf(ctx, "status", Set.of("held", "released"));
    HoldStatus only = status == null ? null : HoldStatus.valueOf(status.toUpperCase(Locale.ROOT));
    ObjectNode o = JSON.objectNode();
    ArrayNode a = o.putArray("holds");
    Map<HoldStatus, Long> counts = store.call(s -> {
      Holds holds = new Holds(s);
      holds.list(only).forEach(h -> a.add(HoldJson.hold(h)));
      return holds.counts();
    });
    ObjectNode c = o.putObject("counts");
    counts.forEach((st, n) -> c.put(st.name().toLowerCase(Locale.ROOT), n));
    Json.send(ctx, o);
  }

  void show(Context ctx) throws JsonProcessingException {
    Params.only(ctx, Set.of());
    HoldView v = view(Params.id(ctx, "id"));
    ObjectNode o = HoldJson.withHistory(v.hold(), v.events());
    Json.send(ctx, o);
  }

  /** A hold and its events; 404 when there is none. */
  public HoldView view(long id) {
    return store.call(s -> {
      Holds holds = new Holds(s);
      Hold h = holds.find(id).orElseThrow(() -> ApiException.notFound("no hold " + id));
      return new HoldView(h, holds.events(id));
    });
  }

  void release(Context ctx) {
    Params.only(ctx, Set.of());
    long id = Params.id(ctx, "id");
    ObjectNode body = Json.object(ctx, Set.of("reason"));
    HoldEvent e = release(id, Json.text(body, "reason"), Guard.principal(ctx).orElseThrow());
    ObjectNode o = JSON.objectNode();
    o.put("hold", id);
    o.put("event", e.id());
    o.put("kind", e.kind().name());
    o.put("actor", e.actor());
    o.put("reason", e.reason());
    o.put("overrides_verdict", e.verdictId());
    o.put("outcome", e.outcome().name());
    Json.send(ctx, o);
  }

  /**
   * Releases a hold by hand in the name of {@code who}.
   *
   * @throws ApiException 400 without a reason, 404 for no such hold, 409 when already released
   */
  public HoldEvent release(long id, String reason, Principal who) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.badField("reason", "give why the hold is released (a licence, a review done)");
    }
    if (reason.length() > MAX_REASON_CHARS) {
      throw ApiException.badField("reason", "at most " + MAX_REASON_CHARS + " characters, this has "
          + reason.length());
    }
    return store.call(s -> {
      Holds holds = new Holds(s);
      if (holds.find(id).isEmpty()) {
        throw ApiException.notFound("no hold " + id);
      }
      try {
        return holds.releaseByHand(id, who.actor(), reason);
      } catch (IllegalStateException e) {
        throw ApiException.conflict(e.getMessage());
      }
    });
  }
}

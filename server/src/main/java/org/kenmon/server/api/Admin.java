package org.kenmon.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;
import org.kenmon.server.data.SnapshotLoader;
import org.kenmon.server.data.StoreGate;
import org.kenmon.store.DataState;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.CanonicalJson;
import org.kenmon.store.holds.Rescreen;

/**
 * Data changes, for an admin: load the regimes, agreements and list versions again and serve them
 * ({@code POST /api/v1/admin/reload}, and after an agreement is stored or a list imported), each
 * reload recorded in the audit log with who asked; then the holds are screened against the new
 * data and those now lawful released, as {@code kenmon holds rescreen} does. Also {@code POST
 * /api/v1/holds/rescreen} for a screener.
 */
public final class Admin {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final DataHolder data;
  private final StoreGate store;

  public Admin(DataHolder data, StoreGate store) {
    this.data = data;
    this.store = store;
  }

  public void register(Routes r) {
    r.post("/api/v1/admin/reload", Access.ADMIN, this::reload);
    r.post("/api/v1/holds/rescreen", Access.SCREENER, this::rescreen);
  }

  /** A reload done: the snapshot now served and the rescreen of the holds against it. */
  public record Reloaded(Snapshot snapshot, Rescreen.Result rescreen) {
    /** {@code {"run", "state_key", "screened", "released": [{"hold", "transaction", "was", "now"}], ...}}. */
    public ObjectNode rescreenJson() {
      return Admin.rescreenJson(rescreen);
    }
  }

  void reload(Context ctx) {
    Params.only(ctx, Set.of());
    Reloaded r = reload(Guard.principal(ctx).orElseThrow());
    ObjectNode o = JSON.objectNode();
    o.put("loaded_at", r.snapshot().loadedAt().toString());
    o.put("regimes_hash", r.snapshot().history().dataHash());
    ArrayNode lists = o.putArray("lists");
    r.snapshot().lists().forEach(l -> lists.add(l.label()));
    o.put("agreements", r.snapshot().agreements().size());
    o.set("rescreen", r.rescreenJson());
    Json.send(ctx, o);
  }

  void rescreen(Context ctx) {
    Params.only(ctx, Set.of());
    Json.send(ctx, rescreenJson(rescreen(data.current(), Guard.principal(ctx).orElseThrow())));
  }

  /**
   * Loads the data again, serves it, records the reload, and rescreens the holds.
   *
   * @throws ApiException 422 when the data on disk cannot be served (the current data stays)
   */
  public Reloaded reload(Principal who) {
    Snapshot snap;
    try {
      snap = data.reload();
    } catch (SnapshotLoader.DataException e) {
      throw new ApiException(422, "invalid-data", e.getMessage() + "; the data served before stays", null, 0,
          List.of());
    }
    DataState state = snap.state();
    store.call(s -> s.write(tx -> {
      Map<String, Object> payload = CanonicalJson.map();
      payload.put("state_key", state.key());
      payload.put("regimes_hash", state.regimesHash());
      payload.put("list_labels", state.listLabels());
      payload.put("agreements", List.copyOf(snap.agreements().keySet()));
      return tx.audit(who.actor(), AuditAction.DATA_RELOADED, "state:" + state.key().substring(0, 16), payload);
    }));
    return new Reloaded(snap, rescreen(snap, who));
  }

  /** Rescreens the holds against {@code snap}; releases those now lawful. */
  public Rescreen.Result rescreen(Snapshot snap, Principal who) {
    return store.call(s -> new Rescreen(s, snap.baseContext(), snap.state(), who.actor()).run());
  }

  static ObjectNode rescreenJson(Rescreen.Result r) {
    ObjectNode o = JSON.objectNode();
    o.put("run", r.runId() == 0 ? null : r.runId());
    o.put("state_key", r.state().key());
    o.put("state_is_new", r.stateIsNew());
    o.put("pending", r.pending());
    o.put("screened", r.screened());
    o.put("still_held", r.stillHeld());
    o.put("skipped", r.skipped());
    ArrayNode released = o.putArray("released");
    for (Rescreen.Released x : r.released()) {
      released.addObject().put("hold", x.holdId()).put("transaction_id", x.transactionId()).put("was", x.was().name())
          .put("now", x.now().name());
    }
    o.put("summary", r.summary());
    return o;
  }
}

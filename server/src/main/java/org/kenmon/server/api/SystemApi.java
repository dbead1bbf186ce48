package org.kenmon.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;
import org.kenmon.server.data.StoreGate;
import org.kenmon.server.metrics.Metrics;
import org.kenmon.store.StoreException;

/**
 * The routes for machines, open without a key: {@code /health} (200 while the data is loaded and
 * the store answers, else 503), {@code /metrics} (Prometheus text), and {@code /openapi.yaml}, the
 * hand-written description of the API.
 */
public final class SystemApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  public static final String OPENAPI_RESOURCE = "/org/kenmon/server/openapi.yaml";

  private final DataHolder data;
  private final StoreGate store;
  private final Metrics metrics;
  private final byte[] openapi;

  public SystemApi(DataHolder data, StoreGate store, Metrics metrics) {
    this.data = data;
    this.store = store;
    this.metrics = metrics;
    this.openapi = openapi();
  }

  public void register(Routes r) {
    r.get("/health", Access.PUBLIC, this::health);
    r.get("/metrics", Access.PUBLIC, this::metrics);
    r.get("/openapi.yaml", Access.PUBLIC, this::openapi);
  }

  /** The OpenAPI document as shipped in the jar. */
  public static byte[] openapi() {
    try (InputStream in = SystemApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void health(Context ctx) {
    Params.only(ctx, Set.of());
    Snapshot snap = data.current();
    ObjectNode o = JSON.objectNode();
    String storeState;
    try {
      store.call(s -> {
        try {
          return s.audit().head();
        } catch (java.sql.SQLException e) {
          throw new StoreException(e.getMessage(), e);
        }
      });
      storeState = "ok";
    } catch (StoreException e) {
      storeState = "unavailable";
    }
    o.put("status", storeState.equals("ok") ? "ok" : "degraded");
    o.put("store", storeState);
    o.put("regimes_hash", snap.history().dataHash());
    ArrayNode lists = o.putArray("lists");
    snap.lists().forEach(l -> lists.add(l.label()));
    o.put("agreements", snap.agreements().size());
    o.put("loaded_at", snap.loadedAt().toString());
    ctx.status(storeState.equals("ok") ? 200 : 503);
    Json.send(ctx, o);
  }

  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.result(metrics.scrape());
  }

  void openapi(Context ctx) {
    ctx.contentType("application/yaml");
    ctx.result(openapi);
  }
}

package org.kenmon.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kenmon.server.api.Admin;
import org.kenmon.server.api.AgreementApi;
import org.kenmon.server.api.ApiException;
import org.kenmon.server.api.AuditApi;
import org.kenmon.server.api.Bodies;
import org.kenmon.server.api.HoldsApi;
import org.kenmon.server.api.ListsApi;
import org.kenmon.server.api.MatchApi;
import org.kenmon.server.api.Problems;
import org.kenmon.server.api.RegimeApi;
import org.kenmon.server.api.Routes;
import org.kenmon.server.api.ScreenApi;
import org.kenmon.server.api.SystemApi;
import org.kenmon.server.api.WhatIfApi;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.KeyRing;
import org.kenmon.server.auth.Sessions;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.SnapshotLoader;
import org.kenmon.server.data.StoreGate;
import org.kenmon.server.metrics.Metrics;
import org.kenmon.server.web.Web;
import org.kenmon.store.StoreException;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.Holds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kenmon as a service: the HTTP API under {@code /api/v1} (described by {@code /openapi.yaml}), the
 * web UI, {@code /health} and {@code /metrics}, on Javalin. {@link #start} loads the data, opens
 * the store and listens; {@link #stop} ends it. Everything it holds is its own: two servers in one
 * JVM (tests) share nothing.
 *
 * <p>Every error leaves as {@code application/problem+json} from the API (HTML from the web UI),
 * with the field at fault; an unexpected exception becomes a 500 that says to look in the log,
 * never a stack trace.
 */
public final class KenmonServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KenmonServer.class);

  /** A route as registered: method and path pattern. */
  public record Route(String method, String path) {}

  private final ServerConfig config;
  private final StoreGate store;
  private final DataHolder data;
  private final Metrics metrics = new Metrics();
  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());
  private final KeyRing keys;
  private final Javalin app;

  private KenmonServer(ServerConfig config) {
    this.config = config;
    this.data = new DataHolder(new SnapshotLoader(config.regimesDir(), config.agreementDirs(), config.dataDir(),
        config.engine(), config.clock()));
    this.store = new StoreGate(config.store());
    this.keys = new KeyRing(store, config.clock());
    Sessions sessions = new Sessions(config.clock());
    Guard guard = new Guard(keys, sessions);
    Admin admin = new Admin(data, store);
    ScreenApi screen = new ScreenApi(data, store, metrics, config.maxStreamBytes(), config.screeningSlots());
    HoldsApi holds = new HoldsApi(store);
    ListsApi lists = new ListsApi(data, store, admin);
    AgreementApi agreements = new AgreementApi(data, store, admin);
    WhatIfApi whatIf = new WhatIfApi(data, store);
    Web web = new Web(data, keys, sessions, screen, holds, lists, admin, whatIf, config.clock());
    metrics.gauge("kenmon.holds", "Holds in the store, by status", "status", "HELD", () -> holdCount(HoldStatus.HELD));
    metrics.gauge("kenmon.holds", "Holds in the store, by status", "status", "RELEASED",
        () -> holdCount(HoldStatus.RELEASED));
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.http.prefer405over404 = true;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.staticFiles.enableWebjars();
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/assets";
        sf.directory = "/org/kenmon/server/web/assets";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "max-age=3600");
      });
      cfg.events.handlerAdded(meta -> routes.add(new Route(meta.getHttpMethod().name(), meta.getPath())));
      cfg.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), routeOf(ctx), ctx.statusCode(),
          (long) (ms * 1_000_000)));
      cfg.routes.before(ctx -> Bodies.limit(ctx, config.maxBodyBytes()));
      cfg.routes.beforeMatched(guard::check);
      Routes r = new Routes(cfg.routes);
      new SystemApi(data, store, metrics).register(r);
      screen.register(r);
      new MatchApi(data).register(r);
      new RegimeApi(data, config.clock()).register(r);
      agreements.register(r);
      whatIf.register(r);
      holds.register(r);
      lists.register(r);
      new AuditApi(store).register(r);
      admin.register(r);
      web.register(r);
      cfg.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e, web));
      cfg.routes.exception(Guard.SignInRequired.class, (e, ctx) -> web.signInFirst(ctx));
      cfg.routes.exception(Guard.Forbidden.class, (e, ctx) -> web.error(ctx, 403, e.getMessage()));
      cfg.routes.exception(StoreException.class, (e, ctx) -> {
        LOG.warn("store failed on {} {}", ctx.method(), ctx.path(), e);
        fail(ctx, new ApiException(503, "store-unavailable", "the store cannot be used right now: "
            + e.getMessage(), null, 0, List.of()), web);
      });
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, new ApiException(e.getStatus(),
          slug(e.getStatus()), e.getMessage(), null, 0, List.of()), web));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        fail(ctx, new ApiException(500, "internal", "an internal error; the service's log has the details", null, 0,
            List.of()), web);
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")
            || ctx.result().equals("Not Found")) {
          fail(ctx, ApiException.notFound("no such route: " + ctx.method() + " " + ctx.path()), web);
        }
      });
      cfg.routes.error(405, ctx -> fail(ctx, new ApiException(405, "method-not-allowed", ctx.method()
          + " is not allowed on " + ctx.path(), null, 0, List.of()), web));
    });
  }

  /** Loads the data, opens the store and starts listening. */
  public static KenmonServer start(ServerConfig config) {
    KenmonServer s = new KenmonServer(config);
    try {
      s.app.start();
    } catch (RuntimeException e) {
      s.store.close();
      throw e;
    }
    return s;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
  }

  /** Every route registered, for the OpenAPI coverage test and docs. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  public DataHolder data() {
    return data;
  }

  public StoreGate store() {
    return store;
  }

  /** Reads the API keys again: call after making or revoking keys in this process. */
  public void refreshKeys() {
    keys.refresh();
  }

  public void stop() {
    app.stop();
    store.close();
  }

  @Override
  public void close() {
    stop();
  }

  private long holdCount(HoldStatus status) {
    try {
      return store.call(s -> new Holds(s).counts().get(status));
    } catch (StoreException e) {
      return -1;
    }
  }

  private static String routeOf(Context ctx) {
    try {
      return ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }

  private static void fail(Context ctx, ApiException e, Web web) {
    Bodies.discardUnread(ctx);
    if (Guard.isApi(ctx.path()) || !web.isPage(ctx)) {
      ctx.status(e.status());
      ctx.contentType(Problems.MEDIA_TYPE);
      ctx.result(Problems.json(e, ctx.path()));
    } else {
      web.error(ctx, e.status(), e.getMessage());
    }
  }

  private static String slug(int status) {
    switch (status) {
      case 400:
        return "bad-request";
      case 404:
        return "not-found";
      case 405:
        return "method-not-allowed";
      case 413:
        return "too-large";
      case 415:
        return "unsupported-media-type";
      default:
        return status >= 500 ? "internal" : "refused";
    }
  }
}

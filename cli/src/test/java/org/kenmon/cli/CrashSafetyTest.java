package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.store.Store;
import org.kenmon.store.StoreLocation;
import org.kenmon.store.audit.VerifyReport;
import org.kenmon.store.holds.HoldingSink;
import org.kenmon.store.testing.TestDatabase;

/**
 * Crash safety, proved on the real command: {@code kenmon screen --hold} and then {@code kenmon
 * holds rescreen} each run in a child JVM, killed with SIGKILL ({@code destroyForcibly}) once the
 * store shows they are half done, and run again. After each kill: every batch is in the store
 * whole or not at all, nothing the store had shown as committed is lost, and the audit chain is
 * intact. After each rerun: every record screened once, every hold held once and rescreened once,
 * the counts exact, and {@code kenmon audit verify} content.
 *
 * <p>On H2 the killed run opens the store with {@code AUTO_SERVER=TRUE}, the only way another
 * process can watch an embedded database; the child owns the database, so the kill is a real
 * crash of the H2 engine. The rerun opens the file as kenmon always does.
 */
class CrashSafetyTest {
  /** The demo ledger repeated: 12 records a copy, of which 8 need action and 3 of those pass under JP alone. */
  private static final int COPIES = 500;
  private static final int RECORDS = 12 * COPIES;
  private static final int HELD = 8 * COPIES;
  private static final int RELEASED_UNDER_JP = 3 * COPIES;
  private static final int RESCREEN_BATCH = 50;
  private static final long TIMEOUT_MS = 120_000;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void killedTwice_screenHoldThenHoldsRescreen_loseNothingAndDuplicateNothing(TestDatabase db) throws Exception {
    Path data = dir.resolve("data");
    Path ledger = ledger();
    StoreLocation store = db == TestDatabase.H2 ? StoreLocation.h2(data) : db.fresh(dir);
    List<String> watched = db == TestDatabase.H2
        ? List.of("--data", data.toString(), "--db", store.url() + ";AUTO_SERVER=TRUE")
        : List.of("--data", data.toString(), "--db", store.url());
    List<String> plain = db == TestDatabase.H2 ? List.of("--data", data.toString())
        : List.of("--data", data.toString(), "--db", store.url());

    // 1. screen --hold, killed after at least two batches are committed.
    long t0 = System.nanoTime();
    long seen = killWhen(db, store, data, args(List.of("screen", ledger.toString(), "--hold", "--no-progress"),
        watched), "SELECT COUNT(*) FROM verdicts", 2L * HoldingSink.DEFAULT_BATCH);
    double killedAfter = seconds(t0);
    long stored;
    try (Store s = Store.open(store)) {
      stored = count(s, "SELECT COUNT(*) FROM verdicts");
      assertThat(stored).as("committed batches survive the kill").isGreaterThanOrEqualTo(durable(db, seen,
          HoldingSink.DEFAULT_BATCH));
      assertThat(stored % HoldingSink.DEFAULT_BATCH).as("a batch is stored whole or not at all").isZero();
      assertThat(stored).as("killed before the end").isLessThan(RECORDS);
      assertThat(count(s, "SELECT COUNT(*) FROM screening_runs WHERE finished_at IS NULL")).isEqualTo(1);
      assertThat(count(s, "SELECT COUNT(*) FROM holds"))
          .isEqualTo(count(s, "SELECT COUNT(*) FROM verdicts WHERE outcome IN ('PROHIBITED', 'REVIEW')"))
          .isEqualTo(count(s, "SELECT COUNT(*) FROM hold_events"));
      assertIntact(s);
    }
    t0 = System.nanoTime();
    Run rerun = runToEnd(args(List.of("screen", ledger.toString(), "--hold", "--no-progress"), plain));
    double rerunSeconds = seconds(t0);
    assertThat(rerun.exit).as(rerun.err).isEqualTo(1);
    assertThat(rerun.err).contains("store: run 2: " + (RECORDS - stored) + " verdicts stored, " + stored
        + " already stored (skipped)");
    try (Store s = Store.open(store)) {
      assertThat(count(s, "SELECT COUNT(*) FROM verdicts")).isEqualTo(RECORDS);
      assertThat(count(s, "SELECT COUNT(DISTINCT transaction_id) FROM verdicts")).isEqualTo(RECORDS);
      assertThat(count(s, "SELECT COUNT(*) FROM holds")).isEqualTo(HELD);
      assertThat(count(s, "SELECT COUNT(DISTINCT transaction_id) FROM holds")).isEqualTo(HELD);
      assertThat(count(s, "SELECT COUNT(*) FROM hold_events WHERE kind = 'HELD'")).isEqualTo(HELD);
      assertThat(count(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'verdict.stored'")).isEqualTo(RECORDS);
      assertThat(count(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'hold.held'")).isEqualTo(HELD);
      assertThat(count(s, "SELECT COUNT(*) FROM screening_runs WHERE finished_at IS NOT NULL")).isEqualTo(1);
      assertIntact(s);
    }

    // 2. holds rescreen against JP alone, killed after at least ten batches.
    t0 = System.nanoTime();
    List<String> rescreen = List.of("holds", "rescreen", "--issuer", "JP", "--batch", String.valueOf(RESCREEN_BATCH));
    long seenEvents = killWhen(db, store, data, args(rescreen, watched),
        "SELECT COUNT(*) FROM hold_events WHERE kind <> 'HELD'", 10L * RESCREEN_BATCH);
    double rescreenKilledAfter = seconds(t0);
    long done;
    try (Store s = Store.open(store)) {
      done = count(s, "SELECT COUNT(*) FROM hold_events WHERE kind <> 'HELD'");
      assertThat(done).isGreaterThanOrEqualTo(durable(db, seenEvents, RESCREEN_BATCH)).isLessThan(HELD);
      assertThat(done % RESCREEN_BATCH).as("a batch of holds is rescreened whole or not at all").isZero();
      assertThat(count(s, "SELECT COUNT(*) FROM holds h WHERE EXISTS (SELECT 1 FROM hold_events e WHERE "
          + "e.hold_id = h.id AND e.kind <> 'HELD' AND e.state_key = h.state_key)")).isEqualTo(done);
      assertIntact(s);
    }
    t0 = System.nanoTime();
    Run again = runToEnd(args(rescreen, plain));
    double rescreenRerunSeconds = seconds(t0);
    assertThat(again.exit).as(again.err).isZero();
    assertThat(again.out).contains("rescreened " + (HELD - done) + " against");
    try (Store s = Store.open(store)) {
      assertThat(count(s, "SELECT COUNT(*) FROM hold_events WHERE kind <> 'HELD'")).isEqualTo(HELD);
      assertThat(count(s, "SELECT COUNT(DISTINCT hold_id) FROM hold_events WHERE kind <> 'HELD'")).isEqualTo(HELD);
      assertThat(count(s, "SELECT COUNT(*) FROM hold_events WHERE kind = 'RELEASED'")).isEqualTo(RELEASED_UNDER_JP);
      assertThat(count(s, "SELECT COUNT(*) FROM holds WHERE status = 'RELEASED'")).isEqualTo(RELEASED_UNDER_JP);
      assertThat(count(s, "SELECT COUNT(*) FROM holds WHERE status = 'HELD'")).isEqualTo(HELD - RELEASED_UNDER_JP);
      assertThat(count(s, "SELECT COUNT(DISTINCT state_key) FROM holds")).isEqualTo(1);
      assertThat(count(s, "SELECT COUNT(*) FROM screening_runs WHERE kind = 'rescreen'")).isEqualTo(2);
      assertIntact(s);
    }
    CliRun verify = CliRun.of(args(List.of("audit", "verify"), plain).toArray(new String[0]));
    assertThat(verify.exitCode()).as(verify.out()).isZero();
    System.err.printf("%s: screen --hold of %d killed after %.1f s at %d verdicts stored, rerun %.1f s; "
        + "holds rescreen of %d killed after %.1f s at %d, rerun %.1f s%n", db, RECORDS, killedAfter, stored,
        rerunSeconds, HELD, rescreenKilledAfter, done, rescreenRerunSeconds);
  }

  private Path ledger() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "examples", "2014", "ledger.jsonl"));
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < COPIES; c++) {
      for (String line : lines) {
        if (!line.isBlank()) {
          out.append(line.replaceFirst("\"id\": \"([^\"]+)\"", "\"id\": \"$1-" + c + "\"")).append('\n');
        }
      }
    }
    Path file = dir.resolve("ledger.jsonl");
    Files.writeString(file, out);
    return file;
  }

  private static List<String> args(List<String> command, List<String> store) {
    List<String> all = new ArrayList<>(command);
    all.addAll(store);
    return all;
  }

  private record Run(int exit, String out, String err) {}

  private Process start(List<String> args, Path out, Path err) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.kenmon.cli.Kenmon"));
    command.addAll(args);
    return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
  }

  private Run runToEnd(List<String> args) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = start(args, out, err);
    if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      fail("kenmon " + args + " did not finish in " + TIMEOUT_MS + " ms");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
        StandardCharsets.UTF_8));
  }

  /**
   * Starts kenmon, watches the store until {@code countSql} reaches {@code threshold}, kills the
   * process with SIGKILL and returns the last count seen (committed, since it was read from another
   * connection). Fails if the process ends first.
   */
  private long killWhen(TestDatabase db, StoreLocation store, Path data, List<String> args, String countSql,
      long threshold) throws Exception {
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = start(args, dir.resolve("killed-out.txt"), err);
    long deadline = System.currentTimeMillis() + TIMEOUT_MS;
    long seen = 0;
    Connection c = null;
    try {
      while (seen < threshold) {
        if (!p.isAlive()) {
          fail("kenmon " + args + " ended (exit " + p.exitValue() + ") before it could be killed, at " + seen
              + "; make the input larger. stderr:\n" + Files.readString(err));
        }
        if (System.currentTimeMillis() > deadline) {
          p.destroyForcibly();
          fail("kenmon " + args + " stored only " + seen + " in " + TIMEOUT_MS + " ms");
        }
        // On H2, connect only once the child's server is up (its lock file names it): connecting
        // earlier would wait on the file lock, or make this JVM the database's owner.
        if (c == null && (db != TestDatabase.H2 || serverUp(data.resolve("kenmon.lock.db")))) {
          try {
            c = connect(db, store);
          } catch (SQLException e) {
            // Not listening yet; try again.
          }
        }
        if (c != null) {
          try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(countSql)) {
            rs.next();
            seen = rs.getLong(1);
          } catch (SQLException e) {
            // The table may not exist yet (the child is migrating); try again.
          }
        }
        Thread.sleep(20);
      }
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
      return seen;
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
      if (c != null) {
        try {
          c.close();
        } catch (SQLException e) {
          // The server it talked to (the killed child, on H2) is gone.
        }
      }
    }
  }

  private static boolean serverUp(Path lockFile) {
    try {
      return Files.exists(lockFile) && Files.readString(lockFile, StandardCharsets.ISO_8859_1).contains("server=");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * What must have survived the kill, given what another connection saw. PostgreSQL shows a
   * commit to others only once it is durable. H2 shows it a moment before its file has it, and
   * acknowledges it to the writer only after (WRITE_DELAY=0): a kill in that moment loses the
   * batch being committed, which no one was told was stored; the rerun stores it.
   */
  private static long durable(TestDatabase db, long seen, long batch) {
    return db == TestDatabase.H2 ? seen - batch : seen;
  }

  private static Connection connect(TestDatabase db, StoreLocation store) throws SQLException {
    return DriverManager.getConnection(db == TestDatabase.H2 ? store.url() + ";AUTO_SERVER=TRUE" : store.url());
  }

  private static long count(Store s, String sql) throws SQLException {
    try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertIntact(Store s) {
    VerifyReport r = s.verify();
    assertThat(r.ok()).as(r.text()).isTrue();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.store.StoreLocation;
import org.kenmon.store.testing.TestDatabase;

/**
 * kenmon screen --hold, holds list|show|release|rescreen, audit verify and the rescreen after
 * lists import, in-process through {@link Kenmon#run}, on the default store (an H2 file in the data
 * directory, no --db) and on PostgreSQL (--db).
 */
class HoldsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LEDGER = Path.of("..", "examples", "2014", "ledger.jsonl");
  private static final String LIST_HEADER = "id,name,type,aliases,weak_aliases,dob,nationality,country,identifiers,"
      + "programs,listed_on,remarks\n";

  @TempDir Path dir;
  private Path data;
  private StoreLocation location;
  private List<String> db;

  private void use(TestDatabase database) {
    data = dir.resolve("data");
    if (database == TestDatabase.H2) {
      location = StoreLocation.h2(data); // what kenmon uses without --db
      db = List.of();
    } else {
      location = database.fresh(dir);
      db = List.of("--db", location.url());
    }
  }

  /** Runs {@code kenmon <command…> --data DIR [--db URL] <args…>}; {@code words} names the (sub)command. */
  private CliRun run(int words, String... args) {
    List<String> all = new ArrayList<>(List.of(args).subList(0, words));
    all.addAll(List.of("--data", data.toString()));
    all.addAll(db);
    all.addAll(List.of(args).subList(words, args.length));
    return CliRun.of(all.toArray(new String[0]));
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(location.url()); Statement st = c.createStatement()) {
      st.executeUpdate(statement);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void screenHold_thenListShowReleaseRescreenVerify(TestDatabase database) throws Exception {
    use(database);
    CliRun screen = run(1, "screen", LEDGER.toString(), "--hold", "--no-progress");
    assertThat(screen.exitCode()).as(screen.err()).isEqualTo(1);
    assertThat(screen.out().lines()).hasSize(12); // the verdicts are printed as without --hold
    assertThat(screen.err()).contains("store: run 1: 12 verdicts stored, 0 already stored (skipped); 8 new holds");

    CliRun again = run(1, "screen", LEDGER.toString(), "--hold", "--no-progress");
    assertThat(again.err()).contains("store: run 2: 0 verdicts stored, 12 already stored (skipped); 0 new holds, "
        + "0 already held or released");

    CliRun list = run(2, "holds", "list");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("S-01", "PROHIBITED", "P-01", "REVIEW", "8 held, 0 released");
    JsonNode listed = JSON.readTree(run(2, "holds", "list", "--format", "json").out());
    assertThat(listed.get("holds")).hasSize(8);
    assertThat(listed.get("counts").get("held").asInt()).isEqualTo(8);
    JsonNode s01 = listed.get("holds").get(0);
    assertThat(s01.get("transaction_id").asText()).isEqualTo("S-01");
    assertThat(s01.get("input_hash").asText()).hasSize(64);
    long id = s01.get("id").asLong();

    CliRun show = run(2, "holds", "show", String.valueOf(id));
    assertThat(show.out()).contains("hold " + id + ": HELD, PROHIBITED; transaction S-01 (shipment, 2014-06-20)",
        "HELD by", "verdict", "PROHIBITED", "jp-kp-");
    JsonNode shown = JSON.readTree(run(2, "holds", "show", String.valueOf(id), "--format", "json").out());
    assertThat(shown.get("transaction").get("route").get(0).asText()).isEqualTo("Niigata");
    assertThat(shown.get("events").get(0).get("verdict").get("stamp").get("input").asText())
        .isEqualTo(s01.get("input_hash").asText().substring(0, 16));

    CliRun release = run(3, "holds", "release", String.valueOf(id), "--by", "A. Compliance", "--why",
        "licence METI-2014-0042");
    assertThat(release.exitCode()).as(release.err()).isZero();
    assertThat(release.out()).contains("released hold " + id + " by hand: A. Compliance, \"licence METI-2014-0042\"");
    CliRun twice = run(3, "holds", "release", String.valueOf(id), "--by", "B", "--why", "again");
    assertThat(twice.exitCode()).isEqualTo(3);
    assertThat(twice.err()).contains("is already released: RELEASED_BY_HAND by A. Compliance");
    assertThat(run(3, "holds", "release", "999", "--by", "B", "--why", "x").err()).contains("no hold 999");
    assertThat(run(2, "holds", "release", String.valueOf(id), "--by", "B").exitCode()).isEqualTo(2); // --why missing

    CliRun rescreen = run(2, "holds", "rescreen", "--issuer", "JP");
    assertThat(rescreen.exitCode()).as(rescreen.err()).isZero();
    assertThat(rescreen.out()).contains("released hold 6 (P-01): REVIEW, now REPORTABLE",
        "released hold 8 (C-01): REVIEW, now CLEAR", "rescreened 7 against regimes", "released 3, still held 4");
    assertThat(run(2, "holds", "rescreen", "--issuer", "JP").out()).contains("holds: none to rescreen");
    assertThat(run(2, "holds", "list", "--status", "released").out()).contains("P-01", "C-01", "S-01")
        .contains("4 held, 4 released");

    CliRun verify = run(2, "audit", "verify");
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("audit log intact: ", "rows checked: data_states 2, verdicts 19, holds 8, "
        + "hold_events 16");
    assertThat(run(2, "audit", "log", "--limit", "3").out()).contains("1 ", "data.state", "run.started");
  }

  /** The "done when": a record edited by hand is caught, in either database. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void auditVerify_catchesARecordEditedByHand(TestDatabase database) throws Exception {
    use(database);
    run(1, "screen", LEDGER.toString(), "--hold", "--no-progress");
    assertThat(run(2, "audit", "verify").exitCode()).isZero();

    sql("UPDATE audit_log SET payload = REPLACE(payload, 'PROHIBITED', 'CLEAR') WHERE seq = 5");
    sql("UPDATE verdicts SET outcome = 'CLEAR' WHERE transaction_id = 'S-04'");
    CliRun verify = run(2, "audit", "verify");
    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.out()).contains("audit log BROKEN: 2 problems in 23 records",
        "seq 5: EDITED: its fields hash to", "ROW_EDITED: verdicts ", " was edited after this record wrote it");
  }

  /** A new list version rescreens the holds: a party delisted, its payment released; the import audited once. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void listsImport_rescreensTheHolds_andReleasesWhatIsNowLawful(TestDatabase database) throws Exception {
    use(database);
    Path v1 = dir.resolve("watch.csv");
    Files.writeString(v1, LIST_HEADER + "W-1,Dandong Example Trading Company,company,,,,,CN,,WATCH,2019-05-01,\n"
        + "W-2,Pyongyang Nothing Corporation,company,,,,,KP,,WATCH,2019-05-01,\n");
    Path ledger = dir.resolve("payments.jsonl");
    Files.writeString(ledger, "{\"id\": \"T-1\", \"date\": \"2021-03-01\", \"type\": \"payment\", \"amount\": 5000, "
        + "\"currency\": \"USD\", \"origin\": \"JP\", \"destination\": \"CN\", \"parties\": [{\"role\": \"payer\", "
        + "\"name\": \"Hokuriku Denki Boeki K.K.\", \"country\": \"JP\"}, {\"role\": \"payee\", "
        + "\"name\": \"Dandong Example Trading Company\", \"country\": \"CN\"}]}\n");

    CliRun first = run(2, "lists", "import", v1.toString(), "--format", "csv", "--as-of", "2020-01-01",
        "--list-id", "watch");
    assertThat(first.exitCode()).as(first.err()).isZero();
    if (database == TestDatabase.H2) {
      assertThat(first.out()).doesNotContain("holds"); // no store in use yet: none is created
      assertThat(location.exists()).isFalse();
    } else {
      assertThat(first.out()).contains("holds: none to rescreen"); // a server is always in use
    }

    CliRun screen = run(1, "screen", ledger.toString(), "--hold", "--no-progress");
    assertThat(screen.exitCode()).as(screen.err()).isEqualTo(1);
    assertThat(JSON.readTree(screen.out()).get("outcome").asText()).isEqualTo("REVIEW");
    assertThat(screen.out()).contains("W-1");

    Path v2 = dir.resolve("watch-v2.csv");
    Files.writeString(v2, LIST_HEADER + "W-2,Pyongyang Nothing Corporation,company,,,,,KP,,WATCH,2019-05-01,\n");
    CliRun second = run(2, "lists", "import", v2.toString(), "--format", "csv", "--as-of", "2020-02-01",
        "--list-id", "watch");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("stored watch@2020-02-01", "recorded the import of watch@2020-02-01",
        "released hold 1 (T-1): REVIEW, now CLEAR", "released 1, still held 0");
    CliRun repeat = run(2, "lists", "import", v2.toString(), "--format", "csv", "--as-of", "2020-02-01",
        "--list-id", "watch");
    assertThat(repeat.out()).contains("already stored", "holds: none to rescreen")
        .doesNotContain("recorded the import");

    JsonNode hold = JSON.readTree(run(2, "holds", "show", "1", "--format", "json").out());
    JsonNode events = hold.get("events");
    assertThat(events).hasSize(2);
    assertThat(events.get(1).get("kind").asText()).isEqualTo("RELEASED");
    assertThat(events.get(1).get("verdict").get("stamp").get("lists").toString()).contains("watch@2020-02-01");
    CliRun verify = run(2, "audit", "verify");
    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(run(2, "audit", "log").out()).contains("lists.imported list:watch@2020-02-01");
  }
}

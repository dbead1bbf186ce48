package org.kenmon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.output.VerdictJson;
import org.kenmon.server.testing.Http;
import org.kenmon.server.testing.TestServer;
import org.kenmon.store.audit.AuditRecord;
import org.kenmon.store.testing.TestDatabase;
import org.kenmon.transaction.read.JsonTransactionParser;

/**
 * The API over real HTTP, the same tests on each database (subclasses name it): one server per
 * class, started once; tests that change what the service serves start their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  Path dir;
  TestServer s;
  List<String> ledger;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws IOException {
    dir = Files.createTempDirectory("kenmon-api-test");
    s = TestServer.start(database(), dir);
    ledger = Files.readAllLines(TestServer.LEDGER).stream().filter(l -> !l.isBlank()).toList();
  }

  @AfterAll
  void stop() {
    s.close();
  }

  private String record(String id) {
    return ledger.stream().filter(l -> l.contains("\"id\": \"" + id + "\"")).findFirst().orElseThrow();
  }

  @Test
  void aScreeningIsTheCliVerdictPlusTheMeasuresItCites() {
    Http.Answer a = s.http.postJson("/api/v1/screen", s.screener, record("S-01"));
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    ObjectNode got = (ObjectNode) a.json();
    JsonNode measures = got.remove("measures");

    Verdict local = s.server.data().current().screener(null, Set.of())
        .screen(new JsonTransactionParser().parse("request", 1, record("S-01")).transaction());
    assertThat(got).isEqualTo(VerdictJson.verdict(local));
    assertThat(got.path("outcome").asText()).isEqualTo("PROHIBITED");
    JsonNode ban = measures.path("jp-kp-export-ban");
    assertThat(ban.path("title").asText()).isNotBlank();
    assertThat(ban.path("legal_basis").asText()).contains("FEFTA");
    assertThat(ban.path("sources")).isNotEmpty();
    assertThat(ban.path("sources").get(0).path("url").asText()).startsWith("http");
  }

  @Test
  void theDateAndIssuersAskedChangeTheJudgement() {
    String p01 = record("P-01");
    assertThat(s.http.postJson("/api/v1/screen?issuer=JP&as_of=2014-07-03", s.screener, p01).json()
        .path("outcome").asText()).isEqualTo("REPORTABLE");
    assertThat(s.http.postJson("/api/v1/screen?issuer=JP&as_of=2014-07-05", s.screener, p01).json()
        .path("outcome").asText()).isEqualTo("CLEAR");
    assertThat(s.http.postJson("/api/v1/screen?issuer=jp,UN&as_of=2016-03-01", s.screener, p01).json()
        .path("outcome").asText()).isEqualTo("PROHIBITED");
  }

  @Test
  void aHeldTransactionIsReleasedOnlyByAnAdminWithAReasonAndTheLogNamesTheKeys() {
    Http.Answer held = s.http.postJson("/api/v1/screen?hold=true", s.screener, record("S-04"));
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    long id = held.json().path("hold").path("id").asLong();
    assertThat(held.json().path("hold").path("status").asText()).isEqualTo("HELD");
    assertThat(held.json().path("verdict").path("outcome").asText()).isEqualTo("PROHIBITED");

    JsonNode show = s.http.get("/api/v1/holds/" + id, s.viewer).json();
    assertThat(show.path("transaction").path("id").asText()).isEqualTo("S-04");
    assertThat(show.path("events").get(0).path("kind").asText()).isEqualTo("HELD");
    assertThat(show.path("events").get(0).path("actor").asText()).isEqualTo("key:screener-key");

    assertThat(s.http.postJson("/api/v1/holds/" + id + "/release", s.screener, "{\"reason\":\"x\"}").status())
        .isEqualTo(403);
    Http.Answer noReason = s.http.postJson("/api/v1/holds/" + id + "/release", s.admin, "{\"reason\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("field").asText()).isEqualTo("reason");
    Http.Answer released = s.http.postJson("/api/v1/holds/" + id + "/release", s.admin,
        "{\"reason\":\"METI licence 2014-0042\"}");
    assertThat(released.status()).as(released.toString()).isEqualTo(200);
    assertThat(released.json().path("actor").asText()).isEqualTo("key:admin-key");
    assertThat(released.json().path("kind").asText()).isEqualTo("RELEASED_BY_HAND");
    Http.Answer again = s.http.postJson("/api/v1/holds/" + id + "/release", s.admin, "{\"reason\":\"again\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith(Problems.MEDIA_TYPE);

    assertThat(s.http.get("/api/v1/holds?status=released", s.viewer).json().path("holds").findValuesAsText(
        "transaction_id")).contains("S-04");
    JsonNode verify = s.http.get("/api/v1/audit/verify", s.viewer).json();
    assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
    List<AuditRecord> log = s.server.store().call(st -> {
      try {
        return st.audit().records(1, 10_000);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(log).filteredOn(r -> r.action().equals("hold.released_by_hand")).extracting(AuditRecord::actor)
        .contains("key:admin-key");
    assertThat(log).filteredOn(r -> r.action().equals("hold.held")).extracting(AuditRecord::actor)
        .contains("key:screener-key");
  }

  @Test
  void aStreamAnswersEveryLineInOrderWithRejectsByLineAndField() throws IOException {
    List<String> bad = Files.readAllLines(Path.of("..", "examples", "2014", "bad-records.jsonl")).stream()
        .filter(l -> !l.isBlank()).toList();
    List<String> body = new ArrayList<>();
    body.add(ledger.get(0));
    body.add(bad.get(0));
    body.add("");
    body.add(ledger.get(1));
    body.add("not json at all");
    body.add(ledger.get(6));
    Http.Answer a = s.http.post("/api/v1/screen/stream?as_of=2014-07-05", s.screener, "application/x-ndjson",
        String.join("\n", body) + "\n");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/x-ndjson");
    List<JsonNode> lines = a.body().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertThat(lines).extracting(n -> n.path("kind").asText())
        .containsExactly("verdict", "reject", "verdict", "reject", "verdict", "summary");
    assertThat(lines.get(0).path("id").asText()).isEqualTo("S-01");
    assertThat(lines.get(0).path("as_of").asText()).isEqualTo("2014-07-05");
    assertThat(lines.get(1).path("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).path("field").asText()).isEqualTo("date");
    assertThat(lines.get(3).path("line").asInt()).isEqualTo(5);
    assertThat(lines.get(3).path("message").asText()).contains("malformed JSON");
    JsonNode summary = lines.get(5);
    assertThat(summary.path("read").asInt()).isEqualTo(5);
    assertThat(summary.path("screened").asInt()).isEqualTo(3);
    assertThat(summary.path("rejected").asInt()).isEqualTo(2);
    assertThat(summary.path("complete").asBoolean()).isTrue();
  }

  @Test
  void aNameIsMatchedWithItsExplanation() {
    Http.Answer a = s.http.postJson("/api/v1/match", s.screener, "{\"name\": \"Gim Dong-myeong\"}");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    JsonNode first = a.json().path("matches").get(0);
    assertThat(first.path("entry_id").asText()).isEqualTo("KPi.023");
    assertThat(first.path("explanation").asText()).isNotBlank();
    Http.Answer bad = s.http.postJson("/api/v1/match", s.screener, "{\"name\": \"x\", \"country\": \"Korea\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("country");
  }

  @Test
  void regimesOnADateBetweenDatesAndOverTime() {
    JsonNode show = s.http.get("/api/v1/regimes?as_of=2014-07-05&issuer=JP", s.viewer).json();
    assertThat(show.path("as_of").asText()).isEqualTo("2014-07-05");
    assertThat(show.path("measures").findValuesAsText("issuer")).containsOnly("JP");
    assertThat(show.path("measures").findValuesAsText("id")).contains("jp-kp-export-ban")
        .doesNotContain("jp-kp-entry-ban");

    JsonNode diff = s.http.get("/api/v1/regimes/diff?from=2014-07-03&to=2014-07-05&issuer=JP", s.viewer).json();
    assertThat(diff.path("removed").findValuesAsText("id")).contains("jp-kp-entry-ban");
    assertThat(diff.path("changed").findValuesAsText("id")).contains("jp-kp-payment-reporting-threshold");

    JsonNode t = s.http.get("/api/v1/regimes/timeline?until=2026-11-29", s.viewer).json();
    List<String> periods = StreamSupport.stream(t.path("key_periods").spliterator(), false)
        .map(p -> p.path("issuer").asText() + " " + p.path("from").asText()).toList();
    assertThat(periods).contains("JP 2014-07-04").anyMatch(p -> p.startsWith("JP 2016-02"));
    assertThat(t.path("in_force")).isNotEmpty();
    assertThat(t.path("rows").size()).isGreaterThan(20);

    Http.Answer svg = s.http.get("/api/v1/regimes/timeline.svg?issuer=JP", s.viewer);
    assertThat(svg.contentType()).startsWith("image/svg+xml");
    assertThat(svg.body()).startsWith("<svg");
  }

  @Test
  void agreementsAreListedAndComparedOnTheirEffectiveDate() {
    JsonNode list = s.http.get("/api/v1/agreements", s.viewer).json();
    assertThat(list.path("agreements").findValuesAsText("id")).contains("2014-stockholm",
        "hypothetical-jp-electronics-84-85", "hypothetical-jp-kp-normalization");
    JsonNode one = s.http.get("/api/v1/agreements/hypothetical-jp-electronics-84-85", s.viewer).json();
    assertThat(one.path("hypothetical").asBoolean()).isTrue();
    assertThat(one.path("changes")).isNotEmpty();

    JsonNode diff = s.http.get("/api/v1/agreements/2014-stockholm/diff?issuer=JP", s.viewer).json();
    assertThat(diff.path("agreement").path("effective_date").asText()).isEqualTo("2014-07-04");
    assertThat(diff.path("removed").findValuesAsText("id")).contains("jp-kp-entry-ban");
    JsonNode electronics = s.http.get("/api/v1/agreements/hypothetical-jp-electronics-84-85/diff", s.viewer).json();
    assertThat(electronics.path("changed").findValuesAsText("id")).isNotEmpty();
    assertThat(s.http.get("/api/v1/agreements/nope", s.viewer).status()).isEqualTo(404);
  }

  @Test
  void aWhatIfOnTheDemoLedgerTotalsWhatBecomesLawful() {
    String body = String.join("\n", ledger) + "\n";
    Http.Answer a = s.http.post("/api/v1/agreements/hypothetical-jp-electronics-84-85/whatif?issuer=JP", s.screener,
        "application/x-ndjson", body);
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.path("agreement").path("hypothetical").asBoolean()).isTrue();
    assertThat(r.path("counts").path("compared").asInt()).isEqualTo(ledger.size());
    List<String> lawful = StreamSupport.stream(r.path("changes").spliterator(), false)
        .filter(c -> c.path("change").asText().equals("LAWFUL")).map(c -> c.path("id").asText()).toList();
    assertThat(lawful).contains("S-01", "S-02");
    JsonNode totals = r.path("totals").path("lawful");
    assertThat(totals.path("value").path("USD").asDouble()).isGreaterThanOrEqualTo(42_000);
    assertThat(totals.path("by_hs_chapter").findValuesAsText("key")).contains("84", "85");

    Http.Answer bad = s.http.post("/api/v1/agreements/hypothetical-jp-electronics-84-85/whatif", s.screener,
        "application/x-ndjson", ledger.get(0) + "\n{\"id\": \"X\", \"date\": \"2014-02-30\", \"type\": \"cash\"}\n");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("line").asInt()).isEqualTo(2);
    assertThat(bad.json().path("field").asText()).isEqualTo("date");
    assertThat(s.http.post("/api/v1/agreements/hypothetical-jp-electronics-84-85/whatif", s.viewer,
        "application/x-ndjson", body).status()).isEqualTo(403);
  }

  @Test
  void holdsAreRescreenedAgainstTheDataServed() {
    s.http.postJson("/api/v1/screen?hold=true&as_of=2014-07-03&issuer=JP", s.screener, record("V-01"));
    Http.Answer r = s.http.post("/api/v1/holds/rescreen", s.screener, null, "");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().path("summary").asText()).startsWith("holds:");
    assertThat(s.http.post("/api/v1/holds/rescreen", s.viewer, null, "").status()).isEqualTo(403);
  }

  @Test
  void healthAndMetricsAreOpenAndCount() {
    s.http.postJson("/api/v1/screen", s.screener, record("S-02"));
    Http.Answer h = s.http.get("/health", null);
    assertThat(h.status()).isEqualTo(200);
    assertThat(h.json().path("store").asText()).isEqualTo("ok");
    Http.Answer m = s.http.get("/metrics", null);
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.contentType()).startsWith("text/plain");
    assertThat(m.body()).contains("kenmon_screenings_total{outcome=\"PROHIBITED\"}")
        .contains("kenmon_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/screen\",status=\"200\"}")
        .contains("kenmon_holds{status=\"HELD\"}");
  }
}

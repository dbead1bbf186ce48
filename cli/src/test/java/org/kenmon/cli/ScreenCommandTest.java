package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kenmon screen end to end on the demo ledger of examples/2014 (committed data, read from the checkout). */
class ScreenCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LEDGER = Path.of("..", "examples", "2014", "ledger.jsonl");
  private static final Path BAD = Path.of("..", "examples", "2014", "bad-records.jsonl");

  @TempDir Path dir;

  private CliRun screen(String... args) {
    List<String> all = new ArrayList<>(List.of("screen", "--data", dir.resolve("data").toString(), "--no-progress"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  private List<JsonNode> verdicts(String out) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        list.add(JSON.readTree(line));
      }
    }
    return list;
  }

  private static JsonNode byId(List<JsonNode> vs, String id) {
    return vs.stream().filter(v -> v.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void screen_ledgerOnItsOwnDates_tellsThe2014Story() throws Exception {
    CliRun run = screen(LEDGER.toString(), "--issuer", "JP");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<JsonNode> vs = verdicts(run.out());
    assertThat(vs).hasSize(12);
    assertThat(byId(vs, "S-01").get("outcome").asText()).isEqualTo("PROHIBITED");
    assertThat(byId(vs, "P-01").get("outcome").asText()).isEqualTo("REPORTABLE"); // 2014-07-01: over JPY 3m
    assertThat(byId(vs, "C-01").get("outcome").asText()).isEqualTo("CLEAR"); // 2014-07-12: under JPY 1m
    JsonNode s01 = byId(vs, "S-01");
    assertThat(s01.get("as_of").asText()).isEqualTo("2014-06-20");
    assertThat(s01.get("stamp").get("lists").get(0).asText()).startsWith("un-sc@2026-02-27#");
    assertThat(s01.get("stamp").get("input").asText()).hasSize(16);
    assertThat(s01.get("findings").get(0).fieldNames()).toIterable()
        .contains("measure", "issuer", "effect", "reason", "evidence", "unconfirmed");
    assertThat(run.err()).contains("read 12 = screened 12 + rejected 0");
  }

  @Test
  void screen_asOfOverridesTheDates() throws Exception {
    List<JsonNode> before = verdicts(screen(LEDGER.toString(), "--issuer", "JP", "--as-of", "2014-07-03").out());
    List<JsonNode> after = verdicts(screen(LEDGER.toString(), "--issuer", "JP", "--as-of", "2014-07-05").out());
    for (String id : List.of("V-01", "E-01")) {
      assertThat(byId(before, id).get("outcome").asText()).isEqualTo("PROHIBITED");
      assertThat(byId(after, id).get("outcome").asText()).isEqualTo("CLEAR");
    }
    for (String id : List.of("S-01", "S-02", "S-04", "S-05", "S-06")) {
      assertThat(byId(after, id).get("outcome").asText()).as(id).isEqualTo("PROHIBITED");
    }
  }

  @Test
  void screen_badRecords_goToTheRejectsFileAndCountsReconcile() throws Exception {
    Path rejects = dir.resolve("rejects.jsonl");
    Path out = dir.resolve("verdicts.jsonl");
    CliRun run = screen(BAD.toString(), LEDGER.toString(), "--rejects", rejects.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("read 18 = screened 12 + rejected 6");
    List<String> lines = Files.readAllLines(rejects);
    assertThat(lines).hasSize(6);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("file").asText()).endsWith("bad-records.jsonl");
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("field").asText()).isEqualTo("date");
    assertThat(Files.readAllLines(out)).hasSize(12);
  }

  @Test
  void noScreen_writesEveryGoodRecordBackAsParsed_andJudgesNothing() throws Exception {
    Path rejects = dir.resolve("rejects.jsonl");
    CliRun run = screen(BAD.toString(), LEDGER.toString(), "--no-screen", "--rejects", rejects.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("read 18 = parsed 12 + rejected 6").contains("nothing judged")
        .doesNotContain("PROHIBITED");
    List<JsonNode> records = verdicts(run.out());
    assertThat(records).hasSize(12);
    assertThat(byId(records, "S-01").get("route").get(3).asText()).isEqualTo("Sinuiju");
    assertThat(byId(records, "S-01").has("outcome")).isFalse();
    assertThat(Files.readAllLines(rejects)).hasSize(6);
    assertThat(screen(LEDGER.toString(), "--no-screen", "--format", "csv").exitCode()).isEqualTo(2);
  }

  @Test
  void screen_onlyBadRecords_exitsThree() {
    CliRun run = screen(BAD.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("rejected ").contains("bad-records.jsonl:3: destinaton: unknown field");
  }

  @Test
  void screen_csvAndHtml() throws Exception {
    CliRun csv = screen(LEDGER.toString(), "--format", "csv", "--issuer", "JP");
    assertThat(csv.out().split("\n")[0]).isEqualTo("id,date,type,outcome,as_of,measures,reasons,unconfirmed,source");
    assertThat(csv.out()).contains("V-02,2014-07-22,port_call,CLEAR");
    Path html = dir.resolve("report.html");
    CliRun run = screen(LEDGER.toString(), "--format", "html", "--out", html.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("jp-kp-export-ban").contains("id=\"summary\"")
        .contains("Read 12 = screened 12 + rejected 0");
  }

  @Test
  void screen_missingFile_isAnInputError() {
    CliRun run = screen("no/such.jsonl");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no such input file: no/such.jsonl");
  }

  @Test
  void screen_badCsvHeader_namesTheColumn() throws Exception {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "id,date,type,destinaton\nS,2014-07-05,shipment,KP\n");
    CliRun run = screen(csv.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains(":1: header: unknown column destinaton");
  }
}

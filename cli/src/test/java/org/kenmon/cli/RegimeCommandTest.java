package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regime commands end to end on the shipped data, with golden outputs for the key dates. */
class RegimeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void diff_july2014_json_matchesGoldenAndTheSources() throws Exception {
    CliRun run = CliRun.of("regime", "diff", "--from", "2014-07-03", "--to", "2014-07-05", "--issuer", "JP",
        "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.assertMatches("diff-jp-2014-07-03-2014-07-05.json", run.out());
    JsonNode d = JSON.readTree(run.out());
    assertThat(d.get("from").asText()).isEqualTo("2014-07-03");
    assertThat(d.get("added")).isEmpty();
    assertThat(d.get("removed")).hasSize(4);
    assertThat(d.get("changed")).hasSize(3);
    assertThat(d.get("unchanged").toString()).contains("jp-kp-import-ban", "jp-kp-export-ban", "jp-kp-brokering-ban");
  }

  @Test
  void diff_july2014_text_matchesGolden() throws Exception {
    CliRun run = CliRun.of("regime", "diff", "--from", "2014-07-03", "--to", "2014-07-05", "--issuer", "JP");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("diff-jp-2014-07-03-2014-07-05.txt", run.out());
  }

  @Test
  void show_un2018_holdsThe2397SupplyBanWithHs72To89() throws Exception {
    CliRun run = CliRun.of("regime", "show", "--as-of", "2018-01-01", "--issuer", "UN", "--format", "json");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("show-un-2018-01-01.json", run.out());
    assertThat(supplyBanHs(JSON.readTree(run.out()))).contains("72-83", "84-85", "86-89");
    CliRun before = CliRun.of("regime", "show", "--as-of", "2017-12-01", "--issuer", "UN", "--format", "json");
    assertThat(supplyBanHs(JSON.readTree(before.out()))).doesNotContain("84-85");
  }

  private static String supplyBanHs(JsonNode show) {
    StringBuilder hs = new StringBuilder();
    for (JsonNode m : show.get("measures")) {
      JsonNode goods = m.path("scope").path("goods").path("hs");
      if (m.path("scope").path("direction").toString().contains("export")) {
        hs.append(goods.toString());
      }
    }
    return hs.toString();
  }

  @Test
  void show_jp2014_json_matchesGolden() throws Exception {
    CliRun run = CliRun.of("regime", "show", "--as-of", "2014-07-05", "--issuer", "JP", "--format", "json");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("show-jp-2014-07-05.json", run.out());
    JsonNode show = JSON.readTree(run.out());
    assertThat(show.get("as_of").asText()).isEqualTo("2014-07-05");
    for (JsonNode m : show.get("measures")) {
      assertThat(m.fieldNames()).toIterable().contains("id", "issuer", "kind", "effect", "title", "scope",
          "thresholds", "exceptions", "legal_basis", "sources", "valid_from", "valid_to", "unconfirmed");
    }
  }

  @Test
  void timeline_text_marksThe2014And2016Changes() throws Exception {
    CliRun run = CliRun.of("regime", "timeline", "--until", "2026-11-29");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("timeline-2026-11-29.txt", run.out());
    assertThat(run.out()).contains("▼ JP 2014-07-04").containsPattern("▼ JP 2016-02-\\d\\d to 2016-0\\d-\\d\\d");
  }

  @Test
  void timeline_svg_isWellFormedAndLabelsKeyDates(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("t.svg");
    CliRun run = CliRun.of("regime", "timeline", "--format", "svg", "--until", "2026-11-29", "--out", svg.toString());
    assertThat(run.exitCode()).isZero();
    String text = Files.readString(svg);
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(text).startsWith("<svg").contains(">JP 2014-07-04:").contains(">JP 2016-02-").contains("jp-kp-payment-reporting-threshold");
  }

  @Test
  void check_shipped_passes() {
    CliRun run = CliRun.of("regime", "check");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("0 errors");
  }

  @Test
  void check_badFile_listsEveryProblemAndExitsOne(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, String.join("\n",
        "schema_version: 1", "regime: JP-KP", "issuer: JP", "target: KP", "title: T",
        "sources: {A: {title: a}}", "measures:", "  - id: m", "    title: M", "    kind: embargo",
        "    effect: PROHIBITED", "    scope: {goods: {hs: [\"123\"]}}", "    legal_basis: x", "    sources: [A]",
        "    validity: [{from: 2010-01-01, to: 2009-01-01}]", ""));
    CliRun run = CliRun.of("regime", "check", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(bad + ":10:11: error: m.kind: unknown value \"embargo\"")
        .contains(bad + ":12:26: error: m.scope.goods.hs[0]")
        .contains(":15:39: error: m.validity[0].to: interval is inverted")
        .contains("3 errors");
  }

  @Test
  void badDate_isAUsageError() {
    CliRun run = CliRun.of("regime", "show", "--as-of", "2014-13-01");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'2014-13-01' is not a date (expected YYYY-MM-DD)");
  }

  @Test
  void unknownIssuer_isAnInputError() {
    CliRun run = CliRun.of("regime", "show", "--issuer", "XX");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("unknown issuer XX; the loaded regimes have: JP, UN");
  }

  @Test
  void missingRegimeFile_isAnInputError() {
    CliRun run = CliRun.of("regime", "check", "no/such/file.yaml");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no such regime file or folder: no/such/file.yaml");
  }
}

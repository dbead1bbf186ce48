package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kenmon whatif} and {@code holds rescreen --agreement} on the 2014 demo ledger. */
class WhatIfCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LEDGER = Path.of("..", "examples", "2014", "ledger.jsonl").toString();
  private static final String BAD = Path.of("..", "examples", "2014", "bad-records.jsonl").toString();
  private static final String STOCKHOLM = Path.of("..", "agreements", "2014-stockholm.yaml").toString();
  private static final String ELECTRONICS = Path.of("..", "agreements", "hypothetical-jp-electronics-84-85.yaml")
      .toString();

  @TempDir Path dir;

  @Test
  void stockholm_showsPortCallEntryPaymentsAndCash_andNoGoods() {
    CliRun run = CliRun.of("whatif", "--agreement", STOCKHOLM, "--issuer", "JP", "--no-progress", LEDGER);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("V-01", "E-01", "P-01", "C-01", "BECOMES LAWFUL", "NO LONGER REPORTABLE",
        "jp-kp-port-ban-kp-flag (JP, PROHIBITED → CLEAR)", "jp-kp-entry-ban (JP, PROHIBITED → gone)");
    assertThat(run.out()).doesNotContain("  S-0");
    assertThat(run.err()).contains("12 read = 12 compared + 0 rejected");
  }

  @Test
  void json_reportsTheValueOfWhatBecomesLawful() throws Exception {
    CliRun run = CliRun.of("whatif", "--agreement", ELECTRONICS, "--issuer", "JP", "--format", "json",
        "--no-progress", LEDGER);
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.at("/counts/lawful").asLong()).isEqualTo(2);
    assertThat(doc.at("/totals/lawful/value/USD").decimalValue()).isEqualByComparingTo("42000");
    assertThat(doc.at("/lists/0").asText()).startsWith("un-sc@2026-02-27");
  }

  @Test
  void html_toAFile_andRejectsCounted_exit3() throws Exception {
    Path html = dir.resolve("whatif.html");
    Path rejects = dir.resolve("rejects.jsonl");
    CliRun run = CliRun.of("whatif", "--agreement", STOCKHOLM, "--format", "html", "--out", html.toString(),
        "--rejects", rejects.toString(), "--no-progress", LEDGER, BAD);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT);
    long bad = Files.readAllLines(Path.of(BAD)).stream().filter(l -> !l.isBlank()).count();
    assertThat(Files.readAllLines(rejects)).hasSize((int) bad);
    assertThat(run.err()).contains((12 + bad) + " read = 12 compared + " + bad + " rejected");
    assertThat(Files.readString(html)).contains("<svg", "Stockholm", "V-01");
  }

  @Test
  void usageErrors() {
    CliRun none = CliRun.of("whatif", "--agreement", STOCKHOLM);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("give at least one LEDGER file, or --holds");
    CliRun missing = CliRun.of("whatif", "--agreement", "no/such.yaml", LEDGER);
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(missing.err()).contains("no such agreement file: no/such.yaml");
  }

  @Test
  void holds_whatIfShowsThem_rescreenReleasesOnlyWhenAllowed() throws Exception {
    String data = dir.resolve("data").toString();
    CliRun screen = CliRun.of("screen", LEDGER, "--issuer", "JP", "--hold", "--no-progress", "--data", data);
    assertThat(screen.exitCode()).as(screen.err()).isEqualTo(ExitCodes.FOUND);

    CliRun whatIf = CliRun.of("whatif", "--agreement", ELECTRONICS, "--issuer", "JP", "--holds", "--data", data,
        "--no-progress");
    assertThat(whatIf.out()).contains("S-01", "S-02", "becomes lawful                                   2   USD 42,000");
    assertThat(CliRun.of("holds", "list", "--data", data).out()).doesNotContain("RELEASED ");

    CliRun refused = CliRun.of("holds", "rescreen", "--agreement", ELECTRONICS, "--issuer", "JP", "--data", data);
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("needs --allow-hypothetical", "kenmon whatif --agreement");

    CliRun released = CliRun.of("holds", "rescreen", "--agreement", ELECTRONICS, "--issuer", "JP", "--data", data,
        "--allow-hypothetical");
    assertThat(released.exitCode()).as(released.err()).isZero();
    assertThat(released.out()).contains("released hold 1 (S-01): PROHIBITED, now CLEAR; USD 24,000",
        "released hold 2 (S-02): PROHIBITED, now CLEAR; USD 18,000", "agreement hypothetical-jp-electronics-84-85@",
        "released value: USD 42,000");
    assertThat(released.err()).contains("HYPOTHETICAL");
    CliRun verify = CliRun.of("audit", "verify", "--data", data);
    assertThat(verify.exitCode()).as(verify.out()).isZero();
  }
}

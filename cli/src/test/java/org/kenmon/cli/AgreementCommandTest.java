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

/** The agreement commands end to end on the shipped regimes and agreement files. */
class AgreementCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path AGREEMENTS = Path.of("..", "agreements");
  private static final String STOCKHOLM = AGREEMENTS.resolve("2014-stockholm.yaml").toString();
  private static final String ELECTRONICS = AGREEMENTS.resolve("hypothetical-jp-electronics-84-85.yaml").toString();
  private static final String NORMALIZATION = AGREEMENTS.resolve("hypothetical-jp-kp-normalization.yaml").toString();

  @Test
  void check_shippedAgreements_areValid() {
    CliRun run = CliRun.of("agreement", "check", AGREEMENTS.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("2014-stockholm (concluded), 7 changes, 6 sources, ok",
        "hypothetical-jp-electronics-84-85 (hypothetical), 2 changes", "hypothetical-jp-kp-normalization (hypothetical)")
        .endsWith("0 errors, 0 warnings\n");
  }

  @Test
  void check_badFile_listsEveryProblemWithItsPlace_exit1(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        schema_version: 1
        id: bad
        title: Japan lifts the export ban
        status: hypothetical
        parties: [JP, KP]
        announced: 2026-12-01
        effective: 2026-11-01
        changes:
          - {op: withdraw, measure: jp-kp-export-bann}
          - {op: suspend, measure: un-kp-travel-ban, until: 2027-01-01}
        """);
    CliRun run = CliRun.of("agreement", "check", bad.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FOUND);
    assertThat(run.out()).contains(
        bad + ":3:8: error: title: a hypothetical agreement must say so in its title",
        bad + ":7:12: error: effective: takes effect 2026-11-01, before it was announced 2026-12-01",
        bad + ":9:29: error: changes[0].measure: measure \"jp-kp-export-bann\" is not defined in any regime loaded",
        bad + ":10:28: error: changes[1].measure: un-kp-travel-ban is a measure of UN, which is not a party to the "
            + "agreement (JP, KP)",
        "4 errors, 0 warnings");
  }

  @Test
  void check_missingFile_isAnInputError() {
    CliRun run = CliRun.of("agreement", "check", "no/such/agreement.yaml");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("no such agreement file: no/such/agreement.yaml");
  }

  @Test
  void diff_stockholm_text_showsExactlyTheJuly2014Changes() {
    CliRun run = CliRun.of("agreement", "diff", STOCKHOLM, "--issuer", "JP");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = run.out();
    assertThat(out).startsWith("Agreement 2014-stockholm (concluded): Stockholm agreement between Japan and the DPRK")
        .doesNotContain("HYPOTHETICAL")
        .contains("  effective  2014-07-04, when the condition was met: the DPRK's Special Investigation Committee "
            + "starts work\n")
        .contains("  in return  The DPRK sets up a special investigation committee for that survey (S09).\n")
        .contains("What the agreement changes in JP measures on 2014-07-04\n\nNo longer in force (4):\n")
        .contains("  - jp-kp-entry-ban ", "  - jp-kp-reentry-ban-officials ", "  - jp-kp-landing-ban-crew ",
            "  - jp-kp-travel-restraint ")
        .contains("Changed (3):\n")
        .contains("      thresholds: payment to a DPRK resident > JPY 3,000,000\n"
            + "                  → payment to a DPRK resident (general threshold) > JPY 30,000,000\n")
        .contains("      thresholds: cash and means of payment carried to the DPRK > JPY 100,000\n"
            + "                  → cash and means of payment carried to the DPRK (general threshold) > JPY 1,000,000\n")
        .contains("      exceptions: none\n                  → humanitarian-cargo-2014: ")
        .contains("Unchanged (8):")
        .doesNotContain("New in force", "Renewed", "What changed in");
  }

  @Test
  void diff_stockholm_json_isTheRegimeDiffShapeWithTheAgreement() throws Exception {
    CliRun run = CliRun.of("agreement", "diff", STOCKHOLM, "--issuer", "JP", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode d = JSON.readTree(run.out());
    assertThat(d.fieldNames()).toIterable().containsExactly("agreement", "from", "to", "added", "removed", "changed",
        "renewed", "unchanged");
    JsonNode a = d.get("agreement");
    assertThat(a.get("id").asText()).isEqualTo("2014-stockholm");
    assertThat(a.get("status").asText()).isEqualTo("concluded");
    assertThat(a.get("hypothetical").asBoolean()).isFalse();
    assertThat(a.get("condition_met_on").asText()).isEqualTo("2014-07-04");
    assertThat(a.get("recorded_in_regimes").asBoolean()).isTrue();
    assertThat(a.get("reciprocal")).hasSize(3);
    assertThat(d.get("from").asText()).isEqualTo("2014-07-04");
    assertThat(d.get("to").asText()).isEqualTo("2014-07-04");
    assertThat(ids(d.get("removed"))).containsExactly("jp-kp-entry-ban", "jp-kp-reentry-ban-officials",
        "jp-kp-landing-ban-crew", "jp-kp-travel-restraint");
    assertThat(ids(d.get("changed"))).containsExactly("jp-kp-port-ban-kp-flag", "jp-kp-payment-reporting-threshold",
        "jp-kp-cash-declaration-threshold");
    assertThat(d.get("added")).isEmpty();
    assertThat(d.get("renewed")).isEmpty();
    JsonNode payment = d.get("changed").get(1);
    assertThat(payment.get("fields").toString()).isEqualTo("[\"thresholds\"]");
    assertThat(payment.at("/before/thresholds/0/amount").decimalValue()).isEqualByComparingTo("3000000");
    assertThat(payment.at("/after/thresholds/0/amount").decimalValue()).isEqualByComparingTo("30000000");
  }

  @Test
  void diff_hypothetical_isLabelledSoInTextAndJson() throws Exception {
    CliRun text = CliRun.of("agreement", "diff", ELECTRONICS, "--issuer", "JP");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("HYPOTHETICAL AGREEMENT: a what-if that nobody agreed")
        .contains("  effective  2026-12-01 (hypothetical date)\n")
        .contains("What the agreement changes in JP measures on 2026-12-01 (hypothetical)\n")
        .contains("  ~ jp-kp-export-ban ", "  ~ jp-kp-luxury-export-ban ", "all goods except HS 84-85");
    CliRun json = CliRun.of("agreement", "diff", ELECTRONICS, "--format", "json");
    JsonNode d = JSON.readTree(json.out());
    assertThat(d.at("/agreement/hypothetical").asBoolean()).isTrue();
    assertThat(d.at("/agreement/status").asText()).isEqualTo("hypothetical");
    assertThat(ids(d.get("changed"))).containsExactly("jp-kp-export-ban", "jp-kp-luxury-export-ban");
    assertThat(d.get("unchanged").toString()).contains("un-kp-supply-ban-hs-72-89");
  }

  @Test
  void diff_normalization_withdrawsJapansMeasuresAndLeavesTheUnOnes() throws Exception {
    CliRun run = CliRun.of("agreement", "diff", NORMALIZATION, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode d = JSON.readTree(run.out());
    assertThat(d.get("removed")).hasSize(19);
    assertThat(ids(d.get("removed"))).allMatch(id -> id.startsWith("jp-kp-"));
    assertThat(ids(d.get("changed"))).containsExactly("jp-kp-cash-declaration-threshold");
    assertThat(d.get("unchanged")).isNotEmpty().allMatch(id -> id.asText().startsWith("un-kp-"));
  }

  @Test
  void diff_pendingAgreement_needsOn(@TempDir Path dir) throws Exception {
    Path pending = dir.resolve("pending.yaml");
    Files.writeString(pending, """
        schema_version: 1
        id: pending
        title: Hypothetical pending agreement
        status: hypothetical
        parties: [JP, KP]
        announced: 2026-12-01
        condition: "the other side reports"
        changes:
          - {op: suspend, measure: jp-kp-travel-restraint, until: 2027-06-30}
        """);
    CliRun without = CliRun.of("agreement", "diff", pending.toString());
    assertThat(without.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(without.err()).contains("pending has no effective date yet", "--on DATE");
    CliRun with = CliRun.of("agreement", "diff", pending.toString(), "--on", "2027-01-01", "--issuer", "JP");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.out()).contains("  effective  not yet: once the other side reports; assumed 2027-01-01 (--on)")
        .contains("No longer in force (1):\n  - jp-kp-travel-restraint ");
    CliRun after = CliRun.of("agreement", "diff", pending.toString(), "--on", "2027-01-01", "--as-of", "2027-07-01",
        "--issuer", "JP");
    assertThat(after.out()).contains("on 2027-07-01").contains("Nothing changed in substance.");
  }

  @Test
  void diff_onForADatedAgreement_isAUsageError() {
    CliRun run = CliRun.of("agreement", "diff", STOCKHOLM, "--on", "2014-07-05");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--on is for an agreement whose condition is not met yet");
  }

  @Test
  void diff_invalidAgreementOrIssuer_isAnInputError(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "schema_version: 1\nid: bad\n");
    CliRun run = CliRun.of("agreement", "diff", bad.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("agreement " + bad + " is invalid", "run 'kenmon agreement check");
    CliRun issuer = CliRun.of("agreement", "diff", STOCKHOLM, "--issuer", "XX");
    assertThat(issuer.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(issuer.err()).contains("unknown issuer XX");
  }

  @Test
  void diff_badDateOrFormat_isAUsageError() {
    assertThat(CliRun.of("agreement", "diff", STOCKHOLM, "--as-of", "2014-13-01").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("agreement", "diff", STOCKHOLM, "--format", "svg").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void help_listsTheAgreementCommands() {
    CliRun run = CliRun.of("agreement", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("check", "diff");
    assertThat(CliRun.of("--help").out()).contains("agreement");
  }

  private static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get("id").asText()));
    return out;
  }
}

package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kenmon match against the shipped UN list (no data directory: --data points at an empty one). */
class MatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private CliRun match(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "match";
    all[1] = "--data";
    all[2] = data.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void match_revisedRomanizationAndHangul_findKPi023() throws Exception {
    for (String name : new String[] {"Gim Dong-myeong", "김동명"}) {
      CliRun run = match(name, "--format", "json");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      JsonNode first = JSON.readTree(run.out()).get("matches").get(0);
      assertThat(first.get("entry_id").asText()).isEqualTo("KPi.023");
      assertThat(first.get("list").asText()).isEqualTo("un-sc");
      assertThat(first.get("outcome").asText()).isEqualTo("match");
      assertThat(first.get("explanation").asText()).contains("kim (korean");
    }
  }

  @Test
  void match_text_explainsTheAlignment() {
    CliRun run = match("Lee Eun Song");
    assertThat(run.out()).contains("KPi.078").contains("lee ~ ri (korean 0.95)");
  }

  @Test
  void match_noCandidate_exitsZero() {
    CliRun run = match("Toshiba Corporation");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("No list entry scores");
  }

  @Test
  void match_batch_writesOneLinePerRowAndReportsBadRows() throws Exception {
    Path csv = data.resolve("parties.csv");
    Files.writeString(csv, "id,name,dob,country,type\n"
        + "P1,Gim Dong-myeong,,KP,person\n"
        + "P2,Toshiba Corporation,,JP,organization\n"
        + "P3,Kim Yong Chol,19xx,KP,person\n"
        + "P4,,,,\n");
    CliRun run = match("--input", csv.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines[0]).get("id").asText()).isEqualTo("P1");
    assertThat(JSON.readTree(lines[0]).get("matches").get(0).get("entry_id").asText()).isEqualTo("KPi.023");
    assertThat(JSON.readTree(lines[1]).get("matches")).isEmpty();
    assertThat(run.err()).contains(csv + ":4: dob:").contains(csv + ":5: name: required")
        .contains("read 4 = matched 2 + rejected 2");
  }

  @Test
  void match_batch_unknownColumn_isAnInputError() throws Exception {
    Path csv = data.resolve("bad.csv");
    Files.writeString(csv, "id,nom\nP1,x\n");
    CliRun run = match("--input", csv.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("header must hold id and name");
  }
}

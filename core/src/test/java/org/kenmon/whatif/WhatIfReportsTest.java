package org.kenmon.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.whatif.report.RunInfo;
import org.kenmon.whatif.report.WhatIfHtml;
import org.kenmon.whatif.report.WhatIfJson;
import org.kenmon.whatif.report.WhatIfSink;
import org.kenmon.whatif.report.WhatIfText;

/** The three renderings of one what-if run: the same counts and totals, each in its own shape. */
class WhatIfReportsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private interface SinkFactory {
    WhatIfSink open(StringWriter w, RunInfo info) throws IOException;
  }

  /** The 2014 ledger plus a copy of the laptop order whose id needs escaping, and one bad record. */
  private static String run(SinkFactory factory) throws IOException {
    WhatIf w = WhatIfTest.whatIf("hypothetical-jp-electronics-84-85.yaml", Set.of("JP"), null);
    RunInfo info = new RunInfo(w.scenario().agreement(), w.scenario().date(), null, List.of("JP"), List.of(),
        List.of("ledger.jsonl"), "test");
    StringWriter out = new StringWriter();
    WhatIfSink sink = factory.open(out, info);
    WhatIfTally tally = new WhatIfTally(w);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("..", "examples", "2014", "ledger.jsonl")));
    lines.add(lines.get(0).replace("\"S-01\"", "\"<S-99 & co>\""));
    lines.add("{\"id\": \"BAD\", \"date\": \"2014-02-30\", \"type\": \"shipment\"}");
    long rejected = 0;
    for (int i = 0; i < lines.size(); i++) {
      ReadOutcome r = new JsonTransactionParser().parse("ledger.jsonl", i + 1, lines.get(i));
      if (r.isRejected()) {
        rejected++;
        sink.reject(r.reject());
      } else {
        Comparison c = w.compare(r.transaction());
        tally.add(c);
        sink.comparison(c);
      }
    }
    sink.finish(tally, lines.size(), rejected);
    return out.toString();
  }

  @Test
  void json_isOneDocumentWithChangesCountsAndTotals() throws IOException {
    JsonNode doc = MAPPER.readTree(run(WhatIfJson::new));
    assertThat(doc.at("/agreement/hypothetical").asBoolean()).isTrue();
    assertThat(doc.at("/judged/rule").asText()).isEqualTo("own-date-not-before-effective");
    assertThat(doc.at("/counts/read").asLong()).isEqualTo(14);
    assertThat(doc.at("/counts/compared").asLong()).isEqualTo(13);
    assertThat(doc.at("/counts/rejected").asLong()).isEqualTo(1);
    assertThat(doc.at("/counts/lawful").asLong()).isEqualTo(3);
    assertThat(doc.at("/totals/lawful/value/USD").decimalValue()).isEqualByComparingTo("66000");
    JsonNode laptop = doc.get("changes").get(0);
    assertThat(laptop.get("id").asText()).isEqualTo("S-01");
    assertThat(laptop.get("before").asText()).isEqualTo("PROHIBITED");
    assertThat(laptop.get("after").asText()).isEqualTo("CLEAR");
    assertThat(laptop.at("/lifted/0/effect_with").isNull()).isTrue();
    assertThat(doc.at("/totals/lawful/by_hs_chapter/0/key").asText()).isEqualTo("84");
    assertThat(doc.at("/totals/lawful/by_hs_chapter/0/count").asLong()).isEqualTo(2);
  }

  @Test
  void text_listsChangesThenTotals() throws IOException {
    String text = run(WhatIfText::new);
    assertThat(text).startsWith("HYPOTHETICAL AGREEMENT");
    assertThat(text).contains("S-01", "PROHIBITED → CLEAR", "jp-kp-export-ban (JP, PROHIBITED → gone)",
        "Summary: 14 read = 13 compared + 1 rejected", "Becomes lawful, by HS chapter (goods lines):");
    assertThat(text.indexOf("S-02")).isLessThan(text.indexOf("Summary"));
  }

  @Test
  void html_isSelfContained_escaped_andHasCharts() throws IOException {
    String html = run(WhatIfHtml::new);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("class=\"warn\"", "<svg", "&lt;S-99 &amp; co&gt;")
        .doesNotContain("<S-99").doesNotContain("<script").doesNotContain("http://", "https://");
    assertThat(html).contains("14 records read = 13 compared + 1 rejected");
  }
}

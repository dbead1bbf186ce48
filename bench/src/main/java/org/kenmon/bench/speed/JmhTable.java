package org.kenmon.bench.speed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kenmon.bench.Md;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into markdown: for SampleTime runs of {@link
 * MatchBenchmark}, one row per query with p50, p99, p99.9 and max of Kenmon and of the baseline and
 * the baseline-to-Kenmon ratios; for other modes, one row per benchmark with score and error.
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.speed.JmhTable bench/target/jmh-match.json
 * </pre>
 */
public final class JmhTable {
  private JmhTable() {}

  public static void main(String[] args) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Map<String, JsonNode>> byQuery = new LinkedHashMap<>();
    StringBuilder other = new StringBuilder();
    for (JsonNode r : runs) {
      String bench = r.get("benchmark").asText().replaceAll(".*\\.", "");
      if ("sample".equals(r.get("mode").asText()) && r.path("params").has("query")) {
        byQuery.computeIfAbsent(r.get("params").get("query").asText(), q -> new LinkedHashMap<>())
            .put(bench, r.get("primaryMetric"));
      } else {
        JsonNode m = r.get("primaryMetric");
        other.append(Md.row(bench, r.get("mode").asText(), Md.f2(m.get("score").asDouble()) + " ± "
            + Md.f2(m.get("scoreError").asDouble()) + " " + m.get("scoreUnit").asText()));
      }
    }
    if (!byQuery.isEmpty()) {
      System.out.print(Md.header("query", "Kenmon p50", "p99", "p99.9", "max", "full-scan JW p50", "p99", "max",
          "JW / Kenmon at p50", "at p99"));
      byQuery.forEach((q, m) -> System.out.print(row(q, m.get("kenmon"), m.get("fullScanJaroWinkler"))));
      System.out.println("\nTimes in µs per query (JMH SampleTime).");
    }
    if (other.length() > 0) {
      System.out.print(Md.header("benchmark", "mode", "score") + other);
    }
  }

  private static String row(String query, JsonNode k, JsonNode b) {
    return Md.row(Md.cell(query), p(k, "50.0"), p(k, "99.0"), p(k, "99.9"), p(k, "100.0"), p(b, "50.0"),
        p(b, "99.0"), p(b, "100.0"), ratio(b, k, "50.0"), ratio(b, k, "99.0"));
  }

  private static String p(JsonNode metric, String percentile) {
    return metric == null ? "" : Md.f2(metric.get("scorePercentiles").get(percentile).asDouble());
  }

  private static String ratio(JsonNode b, JsonNode k, String percentile) {
    if (b == null || k == null) {
      return "";
    }
    return Md.f2(b.get("scorePercentiles").get(percentile).asDouble()
        / k.get("scorePercentiles").get(percentile).asDouble()) + "×";
  }
}

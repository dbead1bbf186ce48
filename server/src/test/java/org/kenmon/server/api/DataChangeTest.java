package org.kenmon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.server.testing.Http;
import org.kenmon.server.testing.TestServer;
import org.kenmon.store.audit.AuditRecord;
import org.kenmon.store.testing.TestDatabase;

/**
 * An admin changes what the service judges against: list versions imported, agreements stored,
 * the data reloaded. Each change is served at once, recorded in the audit log with the key's name,
 * and followed by a rescreen of the holds.
 */
class DataChangeTest {
  @TempDir Path dir;

  @Test
  void twoListVersionsImportedAreServedComparedAndAudited() throws IOException {
    try (TestServer s = TestServer.start(TestDatabase.H2, dir)) {
      byte[] v1 = Files.readAllBytes(Path.of("src/test/resources/lists/UN_excerpt.xml"));
      byte[] v2 = Files.readAllBytes(Path.of("src/test/resources/lists/UN_excerpt_v2.xml"));
      assertThat(s.http.postBytes("/api/v1/lists?format=un-xml", s.screener, "application/xml", v1).status())
          .isEqualTo(403);
      Http.Answer first = s.http.postBytes("/api/v1/lists?format=un-xml", s.admin, "application/xml", v1);
      assertThat(first.status()).as(first.toString()).isEqualTo(201);
      assertThat(first.json().path("outcome").asText()).isEqualTo("stored");
      Http.Answer again = s.http.postBytes("/api/v1/lists?format=un-xml", s.admin, "application/xml", v1);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().path("outcome").asText()).isEqualTo("already_stored");
      Http.Answer second = s.http.postBytes("/api/v1/lists?format=un-xml&as_of=2026-03-15", s.admin,
          "application/xml", v2);
      assertThat(second.status()).as(second.toString()).isEqualTo(201);

      JsonNode lists = s.http.get("/api/v1/lists", s.viewer).json();
      assertThat(lists.path("stored")).hasSize(2);
      String newer = second.json().path("version").path("label").asText();
      String older = first.json().path("version").path("label").asText();
      assertThat(lists.path("in_use").findValuesAsText("label")).containsExactly(newer);

      JsonNode diff = s.http.get("/api/v1/lists/diff?from=" + enc(older) + "&to=" + enc(newer), s.viewer).json();
      assertThat(diff.path("added").size() + diff.path("removed").size() + diff.path("changed").size())
          .isGreaterThan(0);
      assertThat(s.http.get("/health", null).json().path("lists").get(0).asText()).isEqualTo(newer);

      List<AuditRecord> log = log(s);
      assertThat(log).filteredOn(r -> r.action().equals("lists.imported")).extracting(AuditRecord::actor)
          .containsExactly("key:admin-key", "key:admin-key");
      assertThat(log).filteredOn(r -> r.action().equals("data.reloaded")).isNotEmpty();
      assertThat(s.http.get("/api/v1/audit/verify", s.viewer).json().path("ok").asBoolean()).isTrue();
    }
  }

  @Test
  void anAgreementStoredIsCheckedWithLinesThenServed() throws IOException {
    try (TestServer s = TestServer.start(TestDatabase.H2, dir)) {
      String good = Files.readString(Path.of("..", "agreements", "hypothetical-jp-electronics-84-85.yaml"))
          .replace("id: hypothetical-jp-electronics-84-85", "id: hypothetical-test-copy");
      String bad = good.replaceFirst("measure: (jp-kp-[a-z-]+)", "measure: jp-kp-no-such-measure");
      Http.Answer refused = s.http.put("/api/v1/agreements/hypothetical-test-copy", s.admin, "application/yaml", bad);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.json().path("line").asInt()).isPositive();
      assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("jp-kp-no-such-measure");
      assertThat(s.http.put("/api/v1/agreements/hypothetical-test-copy", s.screener, "application/yaml", good)
          .status()).isEqualTo(403);

      Http.Answer stored = s.http.put("/api/v1/agreements/hypothetical-test-copy", s.admin, "application/yaml", good);
      assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
      assertThat(stored.json().path("valid").asBoolean()).isTrue();
      assertThat(Files.exists(s.dataDir.resolve("agreements/hypothetical-test-copy.yaml"))).isTrue();
      assertThat(s.http.get("/api/v1/agreements", s.viewer).json().path("agreements").findValuesAsText("id"))
          .contains("hypothetical-test-copy");
      assertThat(s.http.get("/api/v1/agreements/hypothetical-test-copy/diff", s.viewer).status()).isEqualTo(200);
      assertThat(s.http.put("/api/v1/agreements/hypothetical-test-copy", s.admin, "application/yaml", good).status())
          .isEqualTo(200);
      assertThat(log(s)).filteredOn(r -> r.action().equals("agreement.stored")).extracting(AuditRecord::actor)
          .containsExactly("key:admin-key", "key:admin-key");
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<AuditRecord> log(TestServer s) {
    return s.server.store().call(st -> {
      try {
        return st.audit().records(1, 100_000);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}

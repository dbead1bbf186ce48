package org.kenmon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.server.testing.TestServer;
import org.kenmon.store.keys.ApiKeys;
import org.kenmon.store.testing.TestDatabase;

/** {@code kenmon serve --demo}: holds from the 2014 ledger and an admin key, the same again on a rerun. */
class DemoTest {
  @TempDir Path dir;

  @Test
  void theDemoHoldsTheLedgerAndGivesAWorkingAdminKeyOnceAtATime() {
    try (TestServer s = TestServer.start(TestDatabase.H2, dir)) {
      Demo.Prepared first = Demo.prepare(s.server);
      assertThat(first.held()).isGreaterThanOrEqualTo(6);
      assertThat(s.http.get("/api/v1/holds?status=held", first.key()).json().path("holds").findValuesAsText(
          "transaction_id")).contains("S-01", "S-02", "P-01");
      Demo.Prepared again = Demo.prepare(s.server);
      assertThat(again.held()).isEqualTo(first.held());
      s.server.store().call(st -> {
        assertThat(new ApiKeys(st).list().stream().filter(k -> k.active() && k.name().equals(Demo.KEY_NAME)))
            .hasSize(1);
        return null;
      });
      assertThat(s.http.get("/api/v1/holds", again.key()).status()).isEqualTo(200);
      assertThat(s.http.get("/api/v1/audit/verify", again.key()).json().path("ok").asBoolean()).isTrue();
    }
  }
}

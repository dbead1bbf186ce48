package org.kenmon.store.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.store.Store;
import org.kenmon.store.audit.AuditProblem;
import org.kenmon.store.audit.AuditRecord;
import org.kenmon.store.audit.VerifyReport;
import org.kenmon.store.testing.TestDatabase;

/** Keys made, found, compared and revoked on both databases, each change in the audit log. */
class ApiKeysTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void createListRevokeAreAuditedAndOnlyTheHashIsKept(TestDatabase db) throws Exception {
    try (Store store = Store.open(db.fresh(dir))) {
      ApiKeys keys = new ApiKeys(store);
      ApiKeys.NewKey made = keys.create("order-system", KeyRole.SCREENER, "ops");
      String secret = made.secret();
      assertThat(secret).startsWith("kenmon_" + made.key().keyId() + "_").hasSizeGreaterThan(50);
      assertThat(ApiKeys.keyIdOf(secret)).contains(made.key().keyId());
      assertThat(ApiKeys.matches(made.key(), secret)).isTrue();
      assertThat(ApiKeys.matches(made.key(), secret + "x")).isFalse();
      assertThat(made.toString()).doesNotContain(secret);

      List<ApiKey> listed = keys.list();
      assertThat(listed).singleElement().satisfies(k -> {
        assertThat(k.name()).isEqualTo("order-system");
        assertThat(k.role()).isEqualTo(KeyRole.SCREENER);
        assertThat(k.active()).isTrue();
        assertThat(k.keySha256()).doesNotContain(secret).hasSize(64);
      });
      try (Statement st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT COUNT(*) FROM api_keys WHERE key_sha256 LIKE '%" + secret + "%'")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }

      assertThatThrownBy(() -> keys.create("order-system", KeyRole.ADMIN, "ops"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already named");
      ApiKey revoked = keys.revoke(made.key().keyId(), "key:root");
      assertThat(revoked.active()).isFalse();
      assertThat(keys.list().get(0).revokedBy()).isEqualTo("key:root");
      assertThatThrownBy(() -> keys.revoke(made.key().keyId(), "ops")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> keys.revoke("0000000000", "ops")).isInstanceOf(IllegalArgumentException.class);

      List<AuditRecord> log = store.audit().records(1, 100);
      assertThat(log).extracting(AuditRecord::action).containsExactly("key.created", "key.revoked");
      assertThat(log).extracting(AuditRecord::actor).containsExactly("ops", "key:root");
      assertThat(log.get(0).payload()).doesNotContain(secret);
      VerifyReport report = store.verify();
      assertThat(report.ok()).as(report.text()).isTrue();
      assertThat(report.rowsChecked()).containsEntry("api_keys", 1L).containsEntry("key states", 1L);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void verifyCatchesARevocationUndoneAndARoleRaisedByHand(TestDatabase db) throws Exception {
    try (Store store = Store.open(db.fresh(dir))) {
      ApiKeys keys = new ApiKeys(store);
      ApiKey a = keys.create("a", KeyRole.VIEWER, "ops").key();
      ApiKey b = keys.create("b", KeyRole.VIEWER, "ops").key();
      keys.revoke(a.keyId(), "ops");
      try (Statement st = store.connection().createStatement()) {
        st.executeUpdate("UPDATE api_keys SET revoked_at = NULL, revoked_by = NULL WHERE key_id = '" + a.keyId() + "'");
        st.executeUpdate("UPDATE api_keys SET role = 'admin' WHERE key_id = '" + b.keyId() + "'");
      }
      VerifyReport report = store.verify();
      assertThat(report.ok()).isFalse();
      assertThat(report.problems()).extracting(AuditProblem::kind)
          .containsExactlyInAnyOrder(AuditProblem.Kind.ROW_EDITED, AuditProblem.Kind.ROW_STATE);
      assertThat(report.text()).contains("key " + a.keyId() + " was revoked by this record but is not revoked");
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = "H2")
  void badNamesAndShapesAreRefused(TestDatabase db) {
    try (Store store = Store.open(db.fresh(dir))) {
      ApiKeys keys = new ApiKeys(store);
      assertThatThrownBy(() -> keys.create(" ", KeyRole.VIEWER, "ops")).hasMessageContaining("--name");
      assertThatThrownBy(() -> keys.create("x".repeat(201), KeyRole.VIEWER, "ops")).hasMessageContaining("200");
      assertThatThrownBy(() -> keys.create("a\nb", KeyRole.VIEWER, "ops")).hasMessageContaining("control");
      assertThat(ApiKeys.keyIdOf("Bearer xyz")).isEmpty();
      assertThat(ApiKeys.keyIdOf("kenmon_abc_def")).isEmpty();
      assertThat(ApiKeys.keyIdOf(null)).isEmpty();
      assertThatThrownBy(() -> KeyRole.parse("root")).hasMessageContaining("viewer, screener or admin");
      assertThat(KeyRole.ADMIN.includes(KeyRole.SCREENER)).isTrue();
      assertThat(KeyRole.VIEWER.includes(KeyRole.SCREENER)).isFalse();
    }
  }
}

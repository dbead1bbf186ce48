package org.kenmon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.testing.TestDatabase;

/** Opening, migrating and writing, on H2 and PostgreSQL. */
class StoreTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void open_migratesOnceAndReopens(TestDatabase db) throws SQLException {
    StoreLocation location = db.fresh(dir);
    try (Store store = Store.open(location)) {
      assertThat(count(store, "audit_log")).isZero();
      assertThat(store.audit().head().seq()).isZero();
    }
    try (Store store = Store.open(location); Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '1'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(store.verify().ok()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void write_failure_rollsBackRowsAndAuditRecordsTogether(TestDatabase db) throws SQLException {
    try (Store store = Store.open(db.fresh(dir))) {
      DataState state = new DataState("e", "r".repeat(64), List.of("l@2020-01-01#abc"), null, List.of("jp"), null);
      assertThatThrownBy(() -> store.write(tx -> {
        DataStates.record(tx, state, "tester");
        tx.audit("tester", AuditAction.LISTS_IMPORTED, "list:x", Map.of("k", "v"));
        throw new SQLException("boom");
      })).isInstanceOf(StoreException.class).hasMessageContaining("boom");
      assertThat(count(store, "data_states")).isZero();
      assertThat(count(store, "audit_log")).isZero();
      assertThat(store.audit().head().seq()).isZero();

      boolean first = store.write(tx -> DataStates.record(tx, state, "tester"));
      boolean second = store.write(tx -> DataStates.record(tx, state, "tester"));
      assertThat(first).isTrue();
      assertThat(second).isFalse();
      assertThat(count(store, "data_states")).isEqualTo(1);
      assertThat(store.audit().records(1, 10)).singleElement()
          .satisfies(r -> assertThat(r.action()).isEqualTo("data.state"));
      assertThat(store.verify().ok()).as(store.verify().text()).isTrue();
    }
  }

  @Test
  void location_resolve_optionThenEnvironmentThenDataDirectory() {
    Map<String, String> env = Map.of("KENMON_DB", "jdbc:postgresql://db.example/kenmon", "KENMON_DB_USER", "k");
    assertThat(StoreLocation.resolve("jdbc:postgresql://other/x", dir, env::get).url())
        .isEqualTo("jdbc:postgresql://other/x");
    StoreLocation fromEnv = StoreLocation.resolve(null, dir, env::get);
    assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://db.example/kenmon");
    assertThat(fromEnv.user()).isEqualTo("k");
    StoreLocation h2 = StoreLocation.resolve(null, dir, k -> null);
    assertThat(h2.url()).startsWith("jdbc:h2:file:" + dir.toAbsolutePath() + "/kenmon;MODE=PostgreSQL");
    assertThat(h2.isH2File()).isTrue();
    assertThat(h2.exists()).isFalse();
    assertThatThrownBy(() -> StoreLocation.resolve("jdbc:mysql://x/y", dir, k -> null))
        .isInstanceOf(StoreException.class).hasMessageContaining("jdbc:postgresql:");
    assertThat(new StoreLocation("jdbc:postgresql://h/db?user=a&password=secret", null, null).display())
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***");
  }

  @Test
  void open_h2_createsItsFileInTheDataDirectory() {
    StoreLocation location = StoreLocation.h2(dir);
    assertThat(location.exists()).isFalse();
    try (Store store = Store.open(location)) {
      assertThat(location.exists()).isTrue();
      assertThat(location.display()).isEqualTo(dir.toAbsolutePath().resolve("kenmon") + ".mv.db (H2)");
    }
  }

  static long count(Store store, String table) throws SQLException {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

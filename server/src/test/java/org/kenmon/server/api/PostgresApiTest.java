package org.kenmon.server.api;

import org.kenmon.store.testing.TestDatabase;

/** The API on PostgreSQL (embedded PostgreSQL from Maven Central; no server or Docker needed). */
class PostgresApiTest extends ApiContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}

package org.kenmon.server.api;

import org.kenmon.store.testing.TestDatabase;

/** The API on the embedded H2 store (the default). */
class H2ApiTest extends ApiContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}

package org.kenmon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.server.api.SystemApi;
import org.kenmon.server.testing.Http;
import org.kenmon.server.testing.TestServer;
import org.kenmon.store.testing.TestDatabase;
import org.yaml.snakeyaml.Yaml;

/**
 * The hand-written OpenAPI document and the server agree: every API route the server registers
 * ({@code /api/…}, {@code /health}, {@code /metrics}, {@code /openapi.yaml}) is described, every
 * path and method described is registered, and every operation has an example.
 */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void everyRegisteredRouteIsDocumentedAndViceVersa() {
    try (TestServer s = TestServer.start(TestDatabase.H2, dir)) {
      Set<String> registered = new TreeSet<>();
      for (KenmonServer.Route r : s.server.routes()) {
        if (r.path().startsWith("/api/") || Set.of("/health", "/metrics", "/openapi.yaml").contains(r.path())) {
          registered.add(r.method() + " " + r.path());
        }
      }
      Set<String> documented = new TreeSet<>();
      Map<String, Object> paths = paths(SystemApi.openapi());
      paths.forEach((path, item) -> ((Map<?, ?>) item).keySet().stream().map(Object::toString)
          .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
          .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
      assertThat(registered).hasSizeGreaterThan(15);
      assertThat(documented).as("documented but not registered").isSubsetOf(registered);
      assertThat(registered).as("registered but not documented").isSubsetOf(documented);

      Http.Answer served = s.http.get("/openapi.yaml", null);
      assertThat(served.status()).isEqualTo(200);
      assertThat(served.body()).isEqualTo(new String(SystemApi.openapi(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyOperationHasAnExampleAndEveryProtectedOneSaysWhoMayCallIt() {
    String text = new String(SystemApi.openapi(), StandardCharsets.UTF_8);
    Map<String, Object> paths = paths(SystemApi.openapi());
    paths.forEach((path, item) -> ((Map<?, ?>) item).forEach((method, op) -> {
      if (!(op instanceof Map) || method.equals("parameters")) {
        return;
      }
      String opText = new Yaml().dump(op);
      assertThat(opText).as(method + " " + path + " has an example").contains("example");
      if (path.startsWith("/api/")) {
        assertThat(opText).as(method + " " + path + " documents 401").contains("'401'");
      }
    }));
    assertThat(text).contains("urn:kenmon:problem:");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paths(byte[] yaml) {
    Map<String, Object> doc = new Yaml().load(new String(yaml, StandardCharsets.UTF_8));
    assertThat(doc.get("openapi").toString()).startsWith("3.");
    return (Map<String, Object>) doc.get("paths");
  }
}

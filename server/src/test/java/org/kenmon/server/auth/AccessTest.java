package org.kenmon.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.server.testing.Http;
import org.kenmon.server.testing.TestServer;
import org.kenmon.store.keys.ApiKeys;
import org.kenmon.store.keys.KeyRole;
import org.kenmon.store.testing.TestDatabase;

/** Who may do what: roles on the API, revoked keys, and the web UI's sessions and CSRF tokens. */
class AccessTest {
  @TempDir Path dir;
  TestServer s;

  @BeforeEach
  void start() {
    s = TestServer.start(TestDatabase.H2, dir);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void eachRoleReachesWhatItShouldAndNoMore() {
    assertThat(s.http.get("/api/v1/regimes", null).status()).isEqualTo(401);
    assertThat(s.http.get("/api/v1/regimes", null).header("WWW-Authenticate")).hasValueSatisfying(
        v -> assertThat(v).startsWith("Bearer"));
    assertThat(s.http.get("/api/v1/regimes", s.viewer).status()).isEqualTo(200);
    String tx = "{\"id\": \"T\", \"date\": \"2014-07-01\", \"type\": \"entry\", \"country\": \"JP\"}";
    Http.Answer viewerScreens = s.http.postJson("/api/v1/screen", s.viewer, tx);
    assertThat(viewerScreens.status()).isEqualTo(403);
    assertThat(viewerScreens.json().path("detail").asText()).contains("viewer").contains("screener");
    assertThat(s.http.postJson("/api/v1/screen", s.screener, tx).status()).isEqualTo(200);
    assertThat(s.http.postJson("/api/v1/screen", s.admin, tx).status()).isEqualTo(200);
    assertThat(s.http.post("/api/v1/admin/reload", s.screener, null, "").status()).isEqualTo(403);
    assertThat(s.http.post("/api/v1/admin/reload", s.admin, null, "").status()).isEqualTo(200);
    assertThat(s.http.get("/health", null).status()).isEqualTo(200);
    assertThat(s.http.get("/openapi.yaml", null).status()).isEqualTo(200);
  }

  @Test
  void aRevokedKeyIsRefusedAtOnceOnTheApiAndItsSessionsEnd() throws Exception {
    ApiKeys.NewKey k = s.createKey("temp", KeyRole.VIEWER);
    assertThat(s.http.get("/api/v1/lists", k.secret()).status()).isEqualTo(200);
    String cookie = signIn(k.secret());
    assertThat(page("/lists", cookie).status()).isEqualTo(200);
    s.server.store().call(st -> new ApiKeys(st).revoke(k.key().keyId(), "test"));
    Thread.sleep(KeyRing.REFRESH.toMillis() + 200);
    assertThat(s.http.get("/api/v1/lists", k.secret()).status()).isEqualTo(401);
    Http.Answer after = page("/lists", cookie);
    assertThat(after.status()).isEqualTo(303);
    assertThat(after.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/signin"));
  }

  @Test
  void theWebUiSignsInWithAKeySetsAnHttpOnlyCookieAndChecksCsrf() {
    Http.Answer unsigned = page("/holds", null);
    assertThat(unsigned.status()).isEqualTo(303);
    assertThat(unsigned.header("Location")).contains("/signin?next=%2Fholds");

    Http.Answer wrong = form("/signin", null, "key=kenmon_nothing&next=%2Fholds");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("not valid");

    Http.Answer ok = form("/signin", null, "key=" + s.admin + "&next=%2Fholds");
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ok.header("Location")).contains("/holds");
    String setCookie = ok.header("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains(Sessions.COOKIE + "=").containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict").doesNotContain(s.admin);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    Http.Answer holds = page("/holds", cookie);
    assertThat(holds.status()).isEqualTo(200);
    assertThat(holds.body()).contains("admin-key");
    String csrf = csrf(holds.body());

    assertThat(form("/holds/rescreen", cookie, "csrf=wrong").status()).isEqualTo(403);
    assertThat(form("/holds/rescreen", cookie, "").status()).isEqualTo(403);
    Http.Answer rescreen = form("/holds/rescreen", cookie, "csrf=" + csrf);
    assertThat(rescreen.status()).isEqualTo(303);

    assertThat(form("/signin", null, "key=" + s.admin + "&next=https%3A%2F%2Fevil.example").header("Location"))
        .hasValue("/");
    assertThat(form("/signout", cookie, "csrf=" + csrf).status()).isEqualTo(303);
    assertThat(page("/holds", cookie).status()).isEqualTo(303);
  }

  @Test
  void aViewerSessionCannotScreenOrRelease() {
    String cookie = signIn(s.viewer);
    Http.Answer screen = page("/screen", cookie);
    assertThat(screen.status()).isEqualTo(403);
    assertThat(screen.contentType()).startsWith("text/html");
    assertThat(screen.body()).contains("viewer").contains("screener");
    Http.Answer timeline = page("/timeline", cookie);
    assertThat(timeline.status()).isEqualTo(200);
    assertThat(timeline.body()).doesNotContain("href=\"/screen\"").contains("href=\"/holds\"");
    // A viewer's first page is the timeline, a screener's the screening form.
    assertThat(page("/", cookie).header("Location")).hasValue("/timeline");
    assertThat(page("/", signIn(s.screener)).header("Location")).hasValue("/screen");
  }

  private String signIn(String key) {
    Http.Answer ok = form("/signin", null, "key=" + key);
    assertThat(ok.status()).isEqualTo(303);
    String setCookie = ok.header("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private Http.Answer page(String path, String cookie) {
    HttpRequest.Builder b = s.http.request(path, null).header("Accept", "text/html").GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return s.http.send(b.build());
  }

  private Http.Answer form(String path, String cookie, String body) {
    HttpRequest.Builder b = s.http.request(path, null).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return s.http.send(b.build());
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}

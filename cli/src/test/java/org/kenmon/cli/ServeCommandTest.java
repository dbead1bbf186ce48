package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kenmon keys} and {@code kenmon serve} on the default store (the H2 file of the data
 * directory): a key made by the CLI works against the service, {@code --demo} prints a working
 * admin key and holds the 2014 ledger, and a revoked key is refused.
 */
class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("Kenmon is serving on (http://\\S+/)");
  private static final Pattern KEY = Pattern.compile("^  (kenmon_[0-9a-f]{10}_\\S+)$", Pattern.MULTILINE);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  @Test
  void keysAreMadeListedAndRevokedWithAuditRecords() {
    String data = dir.resolve("data").toString();
    CliRun made = CliRun.of("keys", "create", "--data", data, "--name", "Order system", "--role", "screener");
    assertThat(made.exitCode()).isZero();
    String key = made.out().trim();
    assertThat(key).matches("kenmon_[0-9a-f]{10}_[A-Za-z0-9_-]{43}");
    assertThat(made.err()).contains("shown only this once").contains("screener");
    String keyId = key.substring("kenmon_".length(), "kenmon_".length() + 10);

    CliRun again = CliRun.of("keys", "create", "--data", data, "--name", "Order system", "--role", "viewer");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("already named \"Order system\"");
    assertThat(CliRun.of("keys", "create", "--data", data, "--name", "x", "--role", "root").err())
        .contains("expected viewer, screener or admin");

    CliRun list = CliRun.of("keys", "list", "--data", data);
    assertThat(list.out()).contains(keyId).contains("screener").contains("active").contains("Order system")
        .doesNotContain(key);
    assertThat(CliRun.of("keys", "revoke", "--data", data, keyId).out()).contains("revoked key " + keyId);
    assertThat(CliRun.of("keys", "list", "--data", data, "--format", "json").out())
        .contains("\"active\" : false");
    CliRun twice = CliRun.of("keys", "revoke", "--data", data, keyId);
    assertThat(twice.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(twice.err()).contains("already revoked");
    assertThat(CliRun.of("keys", "revoke", "--data", data, "0000000000").err()).contains("no key 0000000000");

    CliRun log = CliRun.of("audit", "log", "--data", data);
    assertThat(log.out()).contains("key.created").contains("key.revoked");
    assertThat(CliRun.of("audit", "verify", "--data", data).exitCode()).isZero();
  }

  @Test
  void serveDemoPrintsAnAdminKeyThatWorksAndHoldsTheLedger() throws Exception {
    String data = dir.resolve("data").toString();
    String viewer = CliRun.of("keys", "create", "--data", data, "--name", "Reader", "--role", "viewer").out().trim();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = new Thread(() -> exit.set(Kenmon.run(new String[] {"serve", "--port", "0", "--data", data,
        "--demo"}, new PrintWriter(out, true), new PrintWriter(err, true))), "serve-under-test");
    serve.start();
    try {
      String text = awaitOutput(out, err, "Stop with Ctrl-C.");
      Matcher url = URL.matcher(text);
      assertThat(url.find()).as(text).isTrue();
      Matcher key = KEY.matcher(text);
      assertThat(key.find()).as(text).isTrue();
      String base = url.group(1);
      assertThat(text).contains("transactions are held").contains(base + "signin#key=" + key.group(1));

      assertThat(get(base + "health", null).statusCode()).isEqualTo(200);
      HttpResponse<String> holds = get(base + "api/v1/holds?status=held", key.group(1));
      assertThat(holds.statusCode()).isEqualTo(200);
      assertThat(holds.body()).contains("\"S-01\"").contains("\"P-01\"");
      // A key made by 'kenmon keys create' before the service started works against it, within its role.
      assertThat(get(base + "api/v1/holds", viewer).statusCode()).isEqualTo(200);
      assertThat(post(base + "api/v1/admin/reload", viewer).statusCode()).isEqualTo(403);
      assertThat(get(base + "api/v1/holds", "kenmon_0000000000_nope").statusCode()).isEqualTo(401);
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(serve.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
    // Stopped means the H2 file is free again for the next command.
    assertThat(CliRun.of("keys", "list", "--data", data).out()).contains("demo admin").contains("Reader");
  }

  @Test
  void demoServe_runsTheDemoThenServesTheLedgerItTold() throws Exception {
    String data = dir.resolve("data").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread demo = new Thread(() -> exit.set(Kenmon.run(new String[] {"demo", "--out",
        dir.resolve("demo").toString(), "--serve", "--port", "0", "--data", data},
        new PrintWriter(out, true), new PrintWriter(err, true))), "demo-serve-under-test");
    demo.start();
    try {
      String text = awaitOutput(out, err, "Stop with Ctrl-C.");
      assertThat(text).contains("4. Every measure over time").contains("transactions are held");
      Matcher url = URL.matcher(text);
      Matcher key = KEY.matcher(text);
      assertThat(url.find() && key.find()).as(text).isTrue();
      assertThat(get(url.group(1) + "api/v1/holds?status=held", key.group(1)).body()).contains("\"S-01\"");
    } finally {
      demo.interrupt();
      demo.join(10_000);
    }
    assertThat(demo.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void aTakenPortIsAnInputErrorThatSaysWhatToDo() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--data",
          dir.resolve("data").toString());
      assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
      assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("--port");
    }
  }

  @Test
  void badLimitsAreUsageErrorsNamingTheSetting() {
    String data = dir.resolve("data").toString();
    CliRun slots = CliRun.of("serve", "--port", "0", "--data", data, "--screen-slots", "-1");
    assertThat(slots.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(slots.err()).contains("screening slots must be 0 (no limit) or more, got -1");
    CliRun body = CliRun.of("serve", "--port", "0", "--data", data, "--max-body", "10");
    assertThat(body.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(body.err()).contains("at least 1024 bytes");
  }

  private static String awaitOutput(StringWriter out, StringWriter err, String marker) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (out.toString().contains(marker)) {
        return out.toString();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("kenmon serve did not start within 60 s; out:\n" + out + "\nerr:\n" + err);
  }

  private HttpResponse<String> get(String url, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

package org.kenmon.bench.service;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kenmon.bench.Md;
import org.kenmon.bench.RunInfo;
import org.kenmon.match.NameMatcher;
import org.kenmon.server.KenmonServer;
import org.kenmon.server.ServerConfig;
import org.kenmon.store.StoreLocation;
import org.kenmon.store.keys.ApiKeys;
import org.kenmon.store.keys.KeyRole;

/**
 * The service under load (docs/benchmarks.md, "Service under load"): single-transaction
 * screenings ({@code POST /api/v1/screen}, the twelve records of the 2014 ledger in turn, each on
 * its own date) from 64 concurrent keep-alive clients on loopback, after a warm-up, against a
 * baseline measured in the same run: {@code GET /health}, which reads the audit head from the
 * store and does no screening, and a static asset, which is only HTTP and Jetty. Reports throughput, latency percentiles and the count of 4xx, 5xx
 * and connection errors as a markdown section.
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.service.ServiceLoad
 *     [--clients 64] [--seconds 15] [--warmup 10] [--slots N] [--url http://127.0.0.1:7070 --key KEY]
 * </pre>
 *
 * Without {@code --url} it starts the service in this JVM (H2 in a temporary folder, a screener
 * key made for the run, {@code --slots} screenings at once as {@code kenmon serve --screen-slots}, the
 * processors by default). With {@code --url} it loads a service started apart ({@code kenmon
 * serve}), so that client and server are separate processes; {@code --key} is then a screener key.
 */
public final class ServiceLoad {
  /** The 2014 ledger, from the repository root or the bench module. */
  static final List<Path> LEDGER = List.of(Path.of("examples", "2014", "ledger.jsonl"),
      Path.of("..", "examples", "2014", "ledger.jsonl"));

  private ServiceLoad() {}

  /** The two measurements of a run. */
  record Report(LoadRun.Result asset, LoadRun.Result baseline, LoadRun.Result screen) {}

  public static void main(String[] args) throws Exception {
    int clients = 64;
    int seconds = 15;
    int warmup = 10;
    String url = null;
    String key = null;
    int slots = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--url" -> url = args[++i];
        case "--key" -> key = args[++i];
        case "--slots" -> slots = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; options: --clients N --seconds N --warmup N --slots N --url URL --key KEY");
      }
    }
    RunInfo info = RunInfo.current();
    Report report;
    String where;
    if (url == null) {
      Path dir = Files.createTempDirectory("kenmon-load");
      try (KenmonServer server = startInProcess(dir, slots)) {
        String k = screenerKey(server);
        report = measure(address(server.url()), k, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup));
      }
      where = "the service in the load generator's JVM (H2 store, screening slots " + (slots == 0 ? "unlimited"
          : String.valueOf(slots)) + ")";
    } else {
      if (key == null) {
        throw new IllegalArgumentException("--url needs --key (a screener key: kenmon keys create --role screener)");
      }
      report = measure(address(url), key, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup));
      where = "a separate service process at " + url;
    }
    print(System.out, report, info, where);
  }

  /** The service as {@code kenmon serve} runs it, on loopback and a free port, H2 in {@code dir}. */
  public static KenmonServer startInProcess(Path dir, int screeningSlots) {
    Path data = dir.resolve("data");
    return KenmonServer.start(ServerConfig.of(0, StoreLocation.h2(data), data, null, List.of(),
        "kenmon-0.1/" + NameMatcher.ALGORITHM).withScreeningSlots(screeningSlots));
  }

  /** Makes a screener key in the service's store and has the service read its keys again. */
  public static String screenerKey(KenmonServer server) {
    String k = server.store().call(s -> new ApiKeys(s).create("load test", KeyRole.SCREENER, "bench").secret());
    server.refreshKeys();
    return k;
  }

  /** Warm-up on screening, then the baseline, then screening measured. */
  static Report measure(InetSocketAddress address, String key, int clients, Duration measured, Duration warmup)
      throws IOException {
    List<byte[]> screen = new ArrayList<>();
    for (String line : Files.readAllLines(ledger(), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        screen.add(Requests.of("POST", "/api/v1/screen", address, key, "application/json",
            line.getBytes(StandardCharsets.UTF_8)));
      }
    }
    List<byte[]> health = List.of(Requests.of("GET", "/health", address, null, null, null));
    List<byte[]> asset = List.of(Requests.of("GET", "/assets/kenmon.css", address, null, null, null));
    if (!warmup.isZero()) {
      LoadRun.run("warm-up", address, screen, clients, warmup);
      LoadRun.run("warm-up", address, health, clients, warmup.dividedBy(3));
    }
    LoadRun.Result assetRun = LoadRun.run("GET /assets/kenmon.css", address, asset, clients, measured);
    LoadRun.Result baseline = LoadRun.run("GET /health", address, health, clients, measured);
    LoadRun.Result screened = LoadRun.run("POST /api/v1/screen", address, screen, clients, measured);
    return new Report(assetRun, baseline, screened);
  }

  static void print(PrintStream out, Report r, RunInfo info, String where) {
    out.println(info.markdown());
    out.println("Load: " + r.screen().clients() + " concurrent keep-alive clients on loopback, closed loop, against "
        + where + ".");
    out.println();
    out.print(Md.header("request", "requests", "seconds", "per second", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
        "max ms", "4xx", "5xx", "conn. errors"));
    for (LoadRun.Result x : List.of(r.asset(), r.baseline(), r.screen())) {
      out.print(Md.row(x.name(), x.requests(), Md.f2(x.seconds()), String.format(Locale.ROOT, "%,.0f", x.perSecond()),
          ms(x.p50()), ms(x.p90()), ms(x.p99()), ms(x.p999()), ms(x.max()), x.client4xx(), x.server5xx(),
          x.ioErrors()));
    }
    out.println();
    out.printf(Locale.ROOT, "Screenings per second over /health requests per second: %.2f (p99 %.2f times "
        + "/health's); over the static asset's: %.2f (p99 %.2f times).%n",
        r.screen().perSecond() / r.baseline().perSecond(), (double) r.screen().p99() / Math.max(1, r.baseline().p99()),
        r.screen().perSecond() / r.asset().perSecond(), (double) r.screen().p99() / Math.max(1, r.asset().p99()));
    for (LoadRun.Result x : List.of(r.asset(), r.baseline(), r.screen())) {
      if (x.firstError() != null) {
        out.println("First error of " + x.name() + ": " + x.firstError());
      }
    }
  }

  static InetSocketAddress address(String url) {
    URI u = URI.create(url);
    return new InetSocketAddress(u.getHost(), u.getPort() < 0 ? 80 : u.getPort());
  }

  static Path ledger() {
    return LEDGER.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
        "examples/2014/ledger.jsonl not found: run from the repository root or the bench module"));
  }

  private static String ms(long micros) {
    return Md.f2(micros / 1000.0);
  }
}

package org.kenmon.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.kenmon.screen.Outcome;

/**
 * The service's metrics, served at {@code /metrics} in Prometheus text format: HTTP requests by
 * route, method and status (count and time), screenings by outcome, rejected records, holds held
 * and released, and the JVM's memory, threads and CPU. One registry per server, no global state.
 */
public final class Metrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<Outcome, Counter> screenings = new EnumMap<>(Outcome.class);
  private final Counter rejected;
  private final Map<String, Timer> requests = new ConcurrentHashMap<>();

  public Metrics() {
    for (Outcome o : Outcome.values()) {
      screenings.put(o, Counter.builder("kenmon.screenings").description("Transactions screened, by outcome")
          .tag("outcome", o.name()).register(registry));
    }
    rejected = Counter.builder("kenmon.rejected").description("Records rejected as bad input").register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
  }

  public void screened(Outcome outcome) {
    screenings.get(outcome).increment();
  }

  public void rejected() {
    rejected.increment();
  }

  /** A request answered: {@code route} is the matched path pattern (or "unmatched"). */
  public void request(String method, String route, int status, long nanos) {
    String key = method + ' ' + route + ' ' + status;
    Timer t = requests.get(key);
    if (t == null) {
      t = requests.computeIfAbsent(key, k -> Timer.builder("kenmon.http.requests").description("HTTP requests")
          .tag("method", method).tag("route", route).tag("status", Integer.toString(status)).register(registry));
    }
    t.record(Duration.ofNanos(nanos));
  }

  /** A gauge read at each scrape, such as the holds HELD. */
  public void gauge(String name, String description, String tag, String value, Supplier<Number> read) {
    Gauge.builder(name, read).description(description).tag(tag, value).register(registry);
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}

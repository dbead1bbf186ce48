package org.kenmon.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.kenmon.store.StoreLocation;

/**
 * How to run the service ({@code kenmon serve}'s options; docs/service.md).
 *
 * @param host the address to listen on; 127.0.0.1 by default, so nothing outside the machine can
 *     reach a service started for a try
 * @param port 0 for any free port (tests)
 * @param regimesDir null for the regimes bundled in the jar
 * @param agreementDirs folders of agreement files; uploaded ones go to {@code <data>/agreements}
 * @param engine the engine name verdicts are stamped with (the CLI's, so that states match)
 * @param maxBodyBytes the largest request body, except streams
 * @param maxStreamBytes the largest NDJSON stream
 * @param screeningSlots how many single-transaction screenings run at once, the others waiting in
 *     turn (0: no limit). Screening is CPU work: more at once than there are cores only slices the
 *     cores among them, and every answer comes later; in turn, the slowest answers come sooner
 *     (docs/benchmarks.md, "Service under load"). The processors by default.
 */
public record ServerConfig(String host, int port, StoreLocation store, Path dataDir, Path regimesDir,
    List<Path> agreementDirs, String engine, long maxBodyBytes, long maxStreamBytes, int screeningSlots,
    Clock clock) {
  public static final long DEFAULT_MAX_BODY = 1L << 20;
  public static final long DEFAULT_MAX_STREAM = 256L << 20;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(dataDir, "dataDir");
    agreementDirs = List.copyOf(agreementDirs);
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxBodyBytes < 1024 || maxStreamBytes < 1024) {
      throw new IllegalArgumentException("body limits must be at least 1024 bytes");
    }
    if (screeningSlots < 0) {
      throw new IllegalArgumentException("screening slots must be 0 (no limit) or more, got " + screeningSlots);
    }
  }

  /** Loopback, the default limits, the system clock, the uploaded-agreements folder of the data directory. */
  public static ServerConfig of(int port, StoreLocation store, Path dataDir, Path regimesDir, List<Path> agreementDirs,
      String engine) {
    return new ServerConfig("127.0.0.1", port, store, dataDir, regimesDir, agreementDirs, engine, DEFAULT_MAX_BODY,
        DEFAULT_MAX_STREAM, Runtime.getRuntime().availableProcessors(), Clock.systemUTC());
  }

  public ServerConfig withHost(String value) {
    return new ServerConfig(value, port, store, dataDir, regimesDir, agreementDirs, engine, maxBodyBytes,
        maxStreamBytes, screeningSlots, clock);
  }

  public ServerConfig withLimits(long body, long stream) {
    return new ServerConfig(host, port, store, dataDir, regimesDir, agreementDirs, engine, body, stream,
        screeningSlots, clock);
  }

  public ServerConfig withScreeningSlots(int slots) {
    return new ServerConfig(host, port, store, dataDir, regimesDir, agreementDirs, engine, maxBodyBytes,
        maxStreamBytes, slots, clock);
  }
}

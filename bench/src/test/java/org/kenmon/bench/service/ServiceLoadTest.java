package org.kenmon.bench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.server.KenmonServer;

/**
 * A short, bounded version of the load run (about 5 s): 64 clients screening on loopback get only
 * answers of 200, no 4xx, no 5xx and no broken connection. The figures are in docs/benchmarks.md;
 * this only guards that the service stays correct under concurrency.
 */
class ServiceLoadTest {
  @TempDir Path dir;

  @Test
  void sixtyFourClientsScreeningGetNoErrors() throws Exception {
    try (KenmonServer server = ServiceLoad.startInProcess(dir, 2)) {
      String key = ServiceLoad.screenerKey(server);
      ServiceLoad.Report r = ServiceLoad.measure(ServiceLoad.address(server.url()), key, 64, Duration.ofMillis(1500),
          Duration.ZERO);
      for (LoadRun.Result x : java.util.List.of(r.asset(), r.baseline(), r.screen())) {
        assertThat(x.requests()).as(x.name()).isGreaterThan(100);
        assertThat(x.ok()).as(x.name() + ": " + x.firstError()).isEqualTo(x.requests());
        assertThat(x.server5xx() + x.client4xx() + x.ioErrors()).as(x.name()).isZero();
      }
    }
  }
}

package org.kenmon.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kenmon.server.Demo;
import org.kenmon.server.KenmonServer;
import org.kenmon.server.ServerConfig;
import org.kenmon.server.data.Snapshot;
import org.kenmon.server.data.SnapshotLoader;
import org.kenmon.store.StoreException;
import org.kenmon.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kenmon serve}: Kenmon as a service (docs/service.md), the HTTP API, the web UI, {@code
 * /health} and {@code /metrics} in one process, on the store of {@code --db} (the embedded H2 file
 * of the data directory by default). Runs until Ctrl-C (or SIGTERM), then stops cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run Kenmon as a service: the HTTP API (/api/v1, described at /openapi.yaml), the web UI, "
        + "/health and /metrics, until Ctrl-C. Sign in to the web UI with an API key ('kenmon keys create').",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:usage error", "3:the port is taken, the store cannot be opened or the data is "
        + "invalid"})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ListsCommand.DataOption data;
  @Mixin DbOption db;

  @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on; 0 for any free port "
      + "(default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default: "
      + "${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Option(names = "--demo", description = "Screen the 2014 demo ledger into the store (its holds appear in the web "
      + "UI; running it again adds nothing) and print a new admin key named '" + Demo.KEY_NAME + "' to sign in "
      + "with, revoking the previous one.")
  boolean demo;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "The largest request body, except NDJSON "
      + "streams (default: ${DEFAULT-VALUE}).")
  long maxBody = ServerConfig.DEFAULT_MAX_BODY;

  @Option(names = "--max-stream", paramLabel = "BYTES", description = "The largest NDJSON stream to "
      + "/api/v1/screen/stream (default: ${DEFAULT-VALUE}).")
  long maxStream = ServerConfig.DEFAULT_MAX_STREAM;

  @Option(names = "--screen-slots", paramLabel = "N", description = "How many single-transaction screenings run at "
      + "once, the others waiting their turn; 0 for no limit (default: the processors, ${DEFAULT-VALUE}). Fewer "
      + "than the cores leaves them idle; more shares them and delays every answer.")
  int screenSlots = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dataDir = ListsCommand.dataDir(data.data, System::getenv, System::getProperty);
    StoreLocation location = db.location(data.data);
    ServerConfig config = config(dataDir, location);
    KenmonServer server = start(config);
    // Stop on Ctrl-C / SIGTERM (the hook) or, in tests, when the thread running the command is interrupted.
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      try {
        server.stop();
      } catch (StoreException e) {
        // H2 closes its file by its own shutdown hook, which may run first; then it is closed cleanly already.
      } finally {
        stopped.countDown();
      }
    }, "kenmon-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      describe(out, server, location);
      if (demo) {
        Demo.Prepared prepared = Demo.prepare(server);
        out.println();
        out.println("Demo: the 2014 ledger (examples/2014/ledger.jsonl) is screened into the store; "
            + prepared.held() + " transactions are held.");
        out.println("Sign in with this admin key (shown once; --demo makes a new one and revokes the old each time):");
        out.println();
        out.println("  " + prepared.key());
        out.println();
        out.println("or open this link, which signs you in with it: " + server.url() + "signin#key=" + prepared.key());
        out.println("Then screen a transaction at " + server.url() + "screen (pick an example from the 2014 ledger).");
      }
      out.println();
      out.println("Stop with Ctrl-C.");
      out.flush();
      stopped.await();
    } catch (InterruptedException e) {
      // Stop first, then keep the interrupt: Jetty's stop waits, and fails on an interrupted thread.
      Runtime.getRuntime().removeShutdownHook(hook);
      server.stop();
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      server.stop();
      throw e;
    }
    return ExitCodes.OK;
  }

  private ServerConfig config(Path dataDir, StoreLocation location) {
    List<Path> agreements = new ArrayList<>();
    Path home = KenmonHome.dir();
    agreements.add(home == null ? Path.of("agreements") : home.resolve("agreements"));
    agreements.add(dataDir.resolve("agreements"));
    try {
      return ServerConfig.of(port, location, dataDir, KenmonHome.regimesDir(), agreements, ScreenCommand.ENGINE)
          .withHost(host).withLimits(maxBody, maxStream).withScreeningSlots(screenSlots);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static KenmonServer start(ServerConfig config) {
    try {
      return KenmonServer.start(config);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    } catch (SnapshotLoader.DataException e) {
      throw new InputException("the data cannot be served: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (causedBy(e, BindException.class)) {
        throw new InputException("cannot listen on " + config.host() + ":" + config.port()
            + " (in use, or not an address of this machine); choose another with --port or --host", e);
      }
      throw e;
    }
  }

  private static void describe(PrintWriter out, KenmonServer server, StoreLocation location) {
    Snapshot snap = server.data().current();
    out.println("Kenmon is serving on " + server.url());
    out.println("  web UI   " + server.url() + "screen");
    out.println("  API      " + server.url() + "api/v1, described at " + server.url() + "openapi.yaml");
    out.println("  health   " + server.url() + "health, metrics at " + server.url() + "metrics");
    out.println("  store    " + location.display());
    out.println("  data     " + snap.state().describe());
    out.flush();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}

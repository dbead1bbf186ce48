package org.kenmon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.audit.AuditRecord;
import org.kenmon.store.audit.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kenmon audit verify|log}: the store's hash-chained audit log (docs/store.md). */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The store's audit log: every screening run, verdict, hold, release and data change, each "
        + "record sealing the ones before it.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Log.class})
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Recompute the chain and check every stored verdict, hold and event against the record that "
          + "wrote it. Names each record edited, moved or deleted, and each row changed outside Kenmon.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the log and the rows are intact", "1:something was edited, moved or deleted",
          "3:the store cannot be opened"})
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      VerifyReport report;
      try (Store store = db.open(data.data)) {
        report = store.verify();
        out.println("store: " + store.location().display());
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      out.print(report.text());
      out.flush();
      return report.ok() ? ExitCodes.OK : ExitCodes.FOUND;
    }
  }

  @Command(name = "log", mixinStandardHelpOptions = true, description = "The audit records, oldest first.")
  static final class Log implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Option(names = "--from", paramLabel = "SEQ", description = "First sequence number (default: ${DEFAULT-VALUE}).")
    long from = 1;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many records (default: "
        + "${DEFAULT-VALUE}).")
    int limit = 100;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = db.open(data.data)) {
        List<AuditRecord> records = store.audit().records(from, limit);
        for (AuditRecord r : records) {
          out.printf(Locale.ROOT, "%d %s %s %s %s %s%n  %s%n", r.seq(), r.recordedAt(), r.actor(), r.action(),
              r.subject() == null ? "-" : r.subject(), r.hash().substring(0, 16), r.payload());
        }
        if (records.isEmpty()) {
          out.println("no audit records from seq " + from);
        }
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      } catch (java.sql.SQLException e) {
        throw new InputException("cannot read the audit log: " + e.getMessage(), e);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}

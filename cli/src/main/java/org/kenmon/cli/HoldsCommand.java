package org.kenmon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.lists.store.StoredVersion;
import org.kenmon.store.DataState;
import org.kenmon.store.DataStates;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.StoreLocation;
import org.kenmon.store.holds.Hold;
import org.kenmon.store.holds.HoldEvent;
import org.kenmon.store.holds.HoldJson;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.Holds;
import org.kenmon.store.holds.Rescreen;
import org.kenmon.whatif.Amounts;
import org.kenmon.whatif.WhatIfTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kenmon holds list|show|release|rescreen}: the transactions {@code kenmon screen --hold}
 * kept from going ahead, their history, releases by hand, and screening them again against the
 * current data (docs/store.md).
 */
@Command(name = "holds", mixinStandardHelpOptions = true,
    description = "Transactions held by 'kenmon screen --hold': list them, show one with its history, release one "
        + "by hand, or screen them again against the current regimes and lists.",
    subcommands = {HoldsCommand.ListHolds.class, HoldsCommand.Show.class, HoldsCommand.Release.class,
        HoldsCommand.RescreenHolds.class})
final class HoldsCommand implements Runnable {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Output formats. */
  enum Format { text, json }

  /** The {@code --status} filter. */
  enum StatusFilter { held, released }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The holds, oldest first.")
  static final class ListHolds implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Option(names = "--status", paramLabel = "STATUS", description = "held or released (default: both).")
    StatusFilter status;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = db.open(data.data)) {
        Holds holds = new Holds(store);
        HoldStatus only = status == null ? null : HoldStatus.valueOf(status.name().toUpperCase(Locale.ROOT));
        List<Hold> list = holds.list(only);
        Map<HoldStatus, Long> counts = holds.counts();
        if (format == Format.json) {
          ObjectNode o = JSON.objectNode();
          ArrayNode a = o.putArray("holds");
          list.forEach(h -> a.add(HoldJson.hold(h)));
          ObjectNode c = o.putObject("counts");
          counts.forEach((s, n) -> c.put(s.name().toLowerCase(Locale.ROOT), n));
          out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else if (list.isEmpty()) {
          out.println("no holds" + (status == null ? "" : " " + status) + " in " + store.location().display());
        } else {
          out.printf(Locale.ROOT, "%-5s %-8s %-16s %-14s %-9s %-10s %-20s %s%n", "ID", "STATUS", "OUTCOME",
              "TRANSACTION", "TYPE", "DATE", "SINCE", "SOURCE");
          for (Hold h : list) {
            out.printf(Locale.ROOT, "%-5d %-8s %-16s %-14s %-9s %-10s %-20s %s%n", h.id(), h.status(), h.outcome(),
                h.transactionId(), h.type(), h.date(), time(h.updatedAt()), h.source());
          }
          out.printf(Locale.ROOT, "%d held, %d released%n", counts.get(HoldStatus.HELD),
              counts.get(HoldStatus.RELEASED));
        }
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "One hold: the transaction, and every event with the verdict that caused it.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Parameters(paramLabel = "ID", description = "The hold's id (see 'kenmon holds list').")
    long id;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = db.open(data.data)) {
        Holds holds = new Holds(store);
        Hold h = holds.find(id).orElseThrow(() -> new InputException("no hold " + id + " in "
            + store.location().display() + "; see 'kenmon holds list'"));
        List<HoldEvent> events = holds.events(id);
        if (format == Format.json) {
          ObjectNode o = HoldJson.withHistory(h, events);
          out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
          text(out, h, events);
        }
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static void text(PrintWriter out, Hold h, List<HoldEvent> events) throws IOException {
      out.printf("hold %d: %s, %s; transaction %s (%s, %s)%n", h.id(), h.status(), h.outcome(), h.transactionId(),
          h.type(), h.date());
      out.printf("  read from %s; input hash %s%n", h.source(), h.inputHash());
      out.printf("  judged %s; last screened against data state %s%n",
          h.asOf() == null ? "on its own date" : "as of " + h.asOf(), h.stateKey().substring(0, 16));
      out.println("  transaction: " + h.transactionJson());
      out.println("events:");
      for (HoldEvent e : events) {
        out.printf("  %d. %s %s by %s%s%n", e.id(), time(e.recordedAt()), e.kind(), e.actor(),
            e.runId() == null ? "" : " (run " + e.runId() + ")");
        if (e.reason() != null) {
          out.println("     why: " + e.reason());
        }
        JsonNode v = MAPPER.readTree(e.verdictJson());
        out.printf("     verdict %d: %s as of %s; regimes %s, lists %s%n", e.verdictId(), v.path("outcome").asText(),
            v.path("as_of").asText(), v.path("stamp").path("regimes").asText(), v.path("stamp").path("lists"));
        for (JsonNode f : v.path("findings")) {
          out.printf("       %-10s %s%s: %s%n", f.path("effect").asText(),
              f.path("measure").isNull() ? "" : f.path("measure").asText() + " ", "(" + f.path("issuer").asText() + ")",
              f.path("reason").asText());
        }
      }
    }
  }

  @Command(name = "release", mixinStandardHelpOptions = true,
      description = "Release a hold by hand, overriding its latest verdict. Who and why are kept with the hold "
          + "and in the audit log.")
  static final class Release implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Parameters(paramLabel = "ID", description = "The hold's id.")
    long id;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who releases it.")
    String by;

    @Option(names = "--why", required = true, paramLabel = "TEXT",
        description = "Why, e.g. the licence granted or the review done.")
    String why;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = db.open(data.data)) {
        HoldEvent e = new Holds(store).releaseByHand(id, by, why);
        out.printf("released hold %d by hand: %s, \"%s\" (event %d; it overrides verdict %d, %s)%n", id, e.actor(),
            e.reason(), e.id(), e.verdictId(), e.outcome());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InputException(e.getMessage(), e);
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "rescreen", mixinStandardHelpOptions = true,
      description = "Screen every held transaction again against the current regimes and lists, and release those "
          + "now lawful (CLEAR or REPORTABLE). Holds already screened against the same data are skipped, so it is "
          + "safe to run again after an interruption.")
  static final class RescreenHolds implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegimeOptions regimes;
    @Mixin ListSelection lists = new ListSelection();
    @Mixin DbOption db;

    @Option(names = "--rates", paramLabel = "FILE", description = "Exchange rates: CSV date,base,quote,rate.")
    Path ratesFile;

    @Option(names = "--no-lists", description = "Do not match parties against any list.")
    boolean noLists;

    @Option(names = "--batch", paramLabel = "N", description = "Holds per database transaction (default: "
        + "${DEFAULT-VALUE}).")
    int batch = Rescreen.DEFAULT_BATCH;

    @Option(names = "--agreement", paramLabel = "FILE", description = "Judge against the regimes with this agreement "
        + "applied, each hold on its own date but not before the agreement takes effect; releases are recorded "
        + "against the agreement. To only see what it would release, use kenmon whatif --holds.")
    Path agreementFile;

    @Option(names = "--on", paramLabel = "DATE",
        description = "With --agreement: effective date to assume for an agreement whose condition is not met yet.")
    LocalDate assumed;

    @Option(names = "--allow-hypothetical", description = "With --agreement: allow a hypothetical agreement to release "
        + "holds (they stay released even though nobody agreed it).")
    boolean allowHypothetical;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ScreeningContext context = ScreeningSetup.context(regimes, noLists ? null : lists, ratesFile, null, err);
      String agreementId = null;
      LocalDate notBefore = null;
      if (agreementFile != null) {
        AgreementOverlay.Scenario scenario = AgreementSetup.scenario(spec.commandLine(),
            AgreementCommand.loadRegimes(regimes), agreementFile, assumed, err);
        if (scenario.agreement().isHypothetical() && !allowHypothetical) {
          throw new ParameterException(spec.commandLine(), scenario.agreement().id() + " is a hypothetical agreement: "
              + "releasing real holds under it needs --allow-hypothetical; to see what it would release without "
              + "releasing anything, run kenmon whatif --agreement " + agreementFile + " --holds");
        }
        context = new ScreeningContext(RegimeHistory.of(scenario.with()), context.issuers(), null, context.matcher(),
            context.goods(), context.places(), context.rates(), context.engine());
        agreementId = scenario.agreement().id() + "@" + scenario.agreement().sha256().substring(0, 12);
        notBefore = scenario.date();
        if (scenario.agreement().isHypothetical()) {
          err.println("warning: " + scenario.agreement().id() + " is HYPOTHETICAL; releases are recorded against it");
        }
      } else if (assumed != null || allowHypothetical) {
        throw new ParameterException(spec.commandLine(), "--on and --allow-hypothetical go with --agreement");
      }
      try (Store store = db.open(lists.data.data)) {
        rescreen(store, context, agreementId, notBefore, ScreeningSetup.ratesHash(ratesFile), batch, out);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /**
   * Rescreens the holds of {@code store} against {@code context}, printing each release as its
   * batch commits, then a summary line.
   */
  static Rescreen.Result rescreen(Store store, ScreeningContext context, String ratesHash, int batch, PrintWriter out) {
    return rescreen(store, context, null, null, ratesHash, batch, out);
  }

  /**
   * @param agreementId the agreement applied to the context's regimes ({@code id@sha-prefix}), or null
   * @param notBefore no hold is judged before this date (an agreement's effective date), or null
   */
  static Rescreen.Result rescreen(Store store, ScreeningContext context, String agreementId, LocalDate notBefore,
      String ratesHash, int batch, PrintWriter out) {
    long started = System.nanoTime();
    DataState state = DataState.of(context, agreementId, ratesHash);
    Amounts releasedValue = new Amounts();
    try {
      Rescreen.Result r = new Rescreen(store, context, state, ScreeningSetup.actor(), notBefore).run(batch, released -> {
        for (Rescreen.Released x : released) {
          Amounts value = WhatIfTally.valueOf(x.transaction());
          releasedValue.addAll(value);
          out.printf("released hold %d (%s): %s, now %s%s%n", x.holdId(), x.transactionId(), x.was(), x.now(),
              value.isEmpty() ? "" : "; " + value);
        }
        out.flush();
      });
      out.print(r.summary());
      out.printf(Locale.ROOT, r.runId() == 0 ? "%n" : " (%.1f s)%n", (System.nanoTime() - started) / 1e9);
      if (!r.released().isEmpty()) {
        out.println("released value: " + releasedValue);
      }
      return r;
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * After a list version is imported: when a store is in use, records the import in the audit log
   * (once per version) and rescreens the holds against the new latest lists. Nothing when there is
   * no store yet.
   */
  static void afterListImport(DbOption db, Path dataOption, StoredVersion version, PrintWriter out,
      PrintWriter err) throws IOException {
    StoreLocation location = db.location(dataOption);
    if (!location.exists()) {
      return;
    }
    RegimeOptions regimes = new RegimeOptions();
    ListSelection lists = new ListSelection();
    lists.data.data = dataOption;
    ScreeningContext context = ScreeningSetup.context(regimes, lists, null, null, err);
    try (Store store = DbOption.open(location)) {
      Map<String, Object> details = new TreeMap<>();
      details.put("label", version.label());
      details.put("list", version.listId());
      details.put("title", version.title());
      details.put("format", version.format());
      details.put("as_of", version.asOf().toString());
      details.put("sha256", version.sha256());
      if (DataStates.recordListImport(store, version.label(), details, ScreeningSetup.actor())) {
        out.println("recorded the import of " + version.label() + " in the audit log");
      }
      rescreen(store, context, null, Rescreen.DEFAULT_BATCH, out);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private static String time(java.time.Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}

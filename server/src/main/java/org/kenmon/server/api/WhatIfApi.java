package org.kenmon.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kenmon.agreement.Agreement;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;
import org.kenmon.server.data.StoreGate;
import org.kenmon.store.holds.Hold;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.Holds;
import org.kenmon.store.holds.TransactionJson;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.transaction.read.Reject;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.WhatIf;
import org.kenmon.whatif.WhatIfTally;
import org.kenmon.whatif.report.RunInfo;
import org.kenmon.whatif.report.WhatIfJson;

/**
 * {@code POST /api/v1/agreements/{id}/whatif}: a ledger (NDJSON), and with {@code holds=true} the
 * transactions held in the store, screened without and with the agreement on the same date; the
 * answer is {@code kenmon whatif --format json}'s document (changed transactions with the measures
 * responsible, counts, and totals of what becomes lawful by HS chapter, brand origin, route or
 * crossing and counterparty). Nothing is stored or released. A ledger with bad records is refused
 * whole, every bad line named, so that totals never silently leave records out.
 */
public final class WhatIfApi {
  /** Largest ledger compared through the API; larger ones are for {@code kenmon whatif}. */
  public static final long MAX_LEDGER_BYTES = 8L << 20;
  /** Bad lines named in a refusal. */
  static final int SHOWN_REJECTS = 100;

  private final DataHolder data;
  private final StoreGate store;

  public WhatIfApi(DataHolder data, StoreGate store) {
    this.data = data;
    this.store = store;
  }

  public void register(Routes r) {
    r.post("/api/v1/agreements/{id}/whatif", Access.SCREENER, this::whatIf);
  }

  /** A what-if done: the run's description, the changed comparisons in input order, and the totals. */
  public record Result(RunInfo info, List<Comparison> changed, WhatIfTally tally, long read) {}

  void whatIf(Context ctx) throws IOException {
    Params.only(ctx, Set.of("on", "as_of", "issuer", "holds"));
    Snapshot snap = data.current();
    Agreement a = AgreementApi.valid(AgreementApi.find(snap, ctx.pathParam("id")));
    LocalDate assumed = Params.date(ctx, "on", false);
    LocalDate asOf = Params.date(ctx, "as_of", false);
    Set<String> issuers = Params.issuers(ctx, snap);
    boolean holds = Params.bool(ctx, "holds");
    String ledger = "";
    long declared = ctx.req().getContentLengthLong();
    if (declared != 0) {
      Bodies.requireType(ctx, ScreenApi.NDJSON_TYPES, ScreenApi.NDJSON + " (the ledger, one record per line)");
      Bodies.limit(ctx, MAX_LEDGER_BYTES); // Bodies.bytes refuses a larger declared or actual body
      byte[] body = Bodies.bytes(ctx);
      ledger = new String(body, StandardCharsets.UTF_8);
    }
    if (ledger.isBlank() && !holds) {
      throw ApiException.badRequest("send a ledger (NDJSON) in the body, or ask for holds=true");
    }
    Result r = run(snap, a, assumed, asOf, issuers, ledger, holds);
    ctx.contentType("application/json");
    Writer w = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8);
    WhatIfJson sink = new WhatIfJson(w, r.info());
    for (Comparison c : r.changed()) {
      sink.comparison(c);
    }
    sink.finish(r.tally(), r.read(), 0);
    w.flush();
  }

  /**
   * Compares a ledger (JSON Lines) and, if asked, the held transactions.
   *
   * @throws ApiException 400 naming every bad line (first {@value #SHOWN_REJECTS}) and its field
   */
  public Result run(Snapshot snap, Agreement a, LocalDate assumed, LocalDate asOf, Set<String> issuers, String ledger,
      boolean includeHolds) {
    LocalDate effective = AgreementApi.effectiveDate(a, assumed);
    List<Transaction> transactions = new ArrayList<>();
    List<LocalDate> ownDates = new ArrayList<>();
    parse(ledger, transactions, ownDates);
    if (includeHolds) {
      for (Hold h : store.call(s -> new Holds(s).list(HoldStatus.HELD))) {
        Transaction t = TransactionJson.read(h.transactionJson(), h.source(), h.inputHash());
        transactions.add(t);
        ownDates.add(h.asOf() != null ? h.asOf() : t.date());
      }
    }
    AgreementOverlay.Scenario scenario = AgreementOverlay.scenario(snap.regimes(), a, effective);
    ScreeningContext base = snap.context(snap.history(), asOf, issuers);
    WhatIf whatIf = WhatIf.of(base, scenario);
    List<String> inputs = new ArrayList<>();
    if (!ledger.isBlank()) {
      inputs.add("request");
    }
    if (includeHolds) {
      inputs.add("holds in the store");
    }
    RunInfo info = new RunInfo(a, scenario.date(), asOf, List.copyOf(issuers), base.listLabels(), inputs,
        base.engine());
    WhatIfTally tally = new WhatIfTally(whatIf);
    List<Comparison> changed = new ArrayList<>();
    for (int i = 0; i < transactions.size(); i++) {
      Comparison c = whatIf.compare(transactions.get(i), ownDates.get(i));
      tally.add(c);
      if (c.change() != Comparison.Change.UNCHANGED) {
        changed.add(c);
      }
    }
    return new Result(info, changed, tally, transactions.size());
  }

  private static void parse(String ledger, List<Transaction> out, List<LocalDate> ownDates) {
    JsonTransactionParser parser = new JsonTransactionParser();
    List<ApiException.FieldError> errors = new ArrayList<>();
    long bad = 0;
    long line = 0;
    for (String text : ledger.split("\n", -1)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      ReadOutcome r = parser.parse("request", line, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
      if (r.isRejected()) {
        bad++;
        Reject x = r.reject();
        if (errors.size() < SHOWN_REJECTS) {
          errors.add(new ApiException.FieldError(x.problems().get(0).field(), x.line(), x.problems().get(0).message()));
        }
      } else {
        out.add(r.transaction());
        ownDates.add(r.transaction().date());
      }
    }
    if (bad > 0) {
      ApiException.FieldError first = errors.get(0);
      throw new ApiException(400, "invalid-ledger", bad + " record" + (bad == 1 ? " was" : "s were") + " rejected; "
          + "a what-if compares a whole ledger, so fix or drop them. First: line " + first.line() + ": "
          + first.field() + ": " + first.message(), first.field(), first.line(), errors);
    }
  }
}

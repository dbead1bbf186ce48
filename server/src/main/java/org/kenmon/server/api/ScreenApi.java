package org.kenmon.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Screener;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;
import org.kenmon.server.data.StoreGate;
import org.kenmon.server.metrics.Metrics;
import org.kenmon.store.DataState;
import org.kenmon.store.holds.Hold;
import org.kenmon.store.holds.HoldingSink;
import org.kenmon.store.holds.Holds;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.transaction.read.Reject;

/**
 * {@code POST /api/v1/screen} (one transaction, JSON) and {@code POST /api/v1/screen/stream}
 * (NDJSON in, NDJSON out, streaming): the records of docs/transactions.md, judged by the
 * snapshot's screener for the date and issuers asked. With {@code hold=true} a single screening
 * is also stored, and held when it needs action, exactly as {@code kenmon screen --hold} does.
 */
public final class ScreenApi {
  /** The media types a stream may be sent as. */
  public static final List<String> NDJSON_TYPES = List.of("application/x-ndjson", "application/ndjson",
      "application/jsonl", "application/x-jsonlines");
  static final String NDJSON = "application/x-ndjson";
  private static final Set<String> SINGLE_PARAMS = Set.of("as_of", "issuer", "hold");
  private static final Set<String> STREAM_PARAMS = Set.of("as_of", "issuer");
  /** Lines written between flushes when the client keeps sending. */
  private static final int FLUSH_EVERY = 64;

  private final DataHolder data;
  private final StoreGate store;
  private final Metrics metrics;
  private final long maxStreamBytes;
  private final JsonTransactionParser parser = new JsonTransactionParser();
  /** Turns for single screenings (ServerConfig.screeningSlots), fair so that they are served in order; null: none. */
  private final Semaphore turns;

  public ScreenApi(DataHolder data, StoreGate store, Metrics metrics, long maxStreamBytes, int screeningSlots) {
    this.data = data;
    this.store = store;
    this.metrics = metrics;
    this.maxStreamBytes = maxStreamBytes;
    this.turns = screeningSlots > 0 ? new Semaphore(screeningSlots, true) : null;
  }

  public void register(Routes r) {
    r.post("/api/v1/screen", Access.SCREENER, this::screen);
    r.post("/api/v1/screen/stream", Access.SCREENER, this::stream);
  }

  /** The result of one screening, for the web UI as well. */
  public record Screened(Verdict verdict, Snapshot snapshot, Optional<Hold> hold) {}

  void screen(Context ctx) throws IOException {
    Params.only(ctx, SINGLE_PARAMS);
    Snapshot snap = data.current();
    LocalDate asOf = Params.date(ctx, "as_of", false);
    Set<String> issuers = Params.issuers(ctx, snap);
    boolean hold = Params.bool(ctx, "hold");
    Bodies.requireJson(ctx);
    String text = Bodies.text(ctx);
    // A held screening also waits for the store: it takes no turn, which would leave cores idle.
    boolean turn = turns != null && !hold;
    if (turn) {
      turns.acquireUninterruptibly();
    }
    try {
      ctx.result(screened(snap, text, asOf, issuers, hold ? Guard.principal(ctx).orElseThrow() : null));
    } finally {
      if (turn) {
        turns.release();
      }
    }
    ctx.contentType("application/json");
  }

  private byte[] screened(Snapshot snap, String text, LocalDate asOf, Set<String> issuers, Principal holder)
      throws IOException {
    Screened s = screenOne(snap, text, asOf, issuers, holder);
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      if (s.hold().isEmpty()) {
        VerdictWriter.write(g, s.verdict(), snap.history().on(s.verdict().asOf()), null);
      } else {
        g.writeStartObject();
        g.writeFieldName("verdict");
        VerdictWriter.write(g, s.verdict(), snap.history().on(s.verdict().asOf()), null);
        g.writeObjectFieldStart("hold");
        g.writeNumberField("id", s.hold().get().id());
        g.writeStringField("status", s.hold().get().status().name());
        g.writeEndObject();
        g.writeEndObject();
      }
    }
    return out.toByteArray();
  }

  /**
   * Parses and screens one record; with {@code holder} set, stores the verdict and holds it when
   * it needs action.
   *
   * @throws ApiException 400 naming every field at fault when the record is rejected
   */
  public Screened screenOne(Snapshot snap, String text, LocalDate asOf, Set<String> issuers, Principal holder) {
    ReadOutcome read = parser.parse("request", 1, text);
    if (read.isRejected()) {
      metrics.rejected();
      Reject r = read.reject();
      List<ApiException.FieldError> errors = r.problems().stream()
          .map(p -> new ApiException.FieldError(p.field(), 0, p.message())).toList();
      throw new ApiException(400, "invalid-transaction", "the transaction was rejected: "
          + r.problems().get(0).field() + ": " + r.problems().get(0).message()
          + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), r.problems().get(0).field(), 0,
          errors);
    }
    Screener screener = snap.screener(asOf, issuers);
    Transaction t = read.transaction();
    Verdict v = screener.screen(t);
    metrics.screened(v.outcome());
    if (holder == null) {
      return new Screened(v, snap, Optional.empty());
    }
    Optional<Hold> h = store.call(st -> {
      HoldingSink sink = HoldingSink.start(st, NOTHING, DataState.of(screener.context(), null, null), asOf,
          holder.actor(), "api: " + t.id(), 1);
      try {
        sink.verdict(v, null);
        sink.finish(new Summary());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Holds(st).find(t.id(), t.sha256());
    });
    return new Screened(v, snap, h);
  }

  void stream(Context ctx) throws IOException {
    Params.only(ctx, STREAM_PARAMS);
    Snapshot snap = data.current();
    LocalDate asOf = Params.date(ctx, "as_of", false);
    Set<String> issuers = Params.issuers(ctx, snap);
    Bodies.requireType(ctx, NDJSON_TYPES, NDJSON + " (one JSON object per line)");
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxStreamBytes) {
      throw Bodies.tooLarge(maxStreamBytes, declared);
    }
    Screener screener = snap.screener(asOf, issuers);
    ctx.contentType(NDJSON);
    ctx.disableCompression();
    ctx.status(200);
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    long read = 0;
    long rejected = 0;
    OutputStream raw = ctx.res().getOutputStream();
    try (InputStream in = ctx.req().getInputStream();
        JsonGenerator g = Json.FACTORY.createGenerator(raw)) {
      g.setRootValueSeparator(null);
      LineReader lines = new LineReader(in, JsonTransactionParser.MAX_LINE_CHARS, maxStreamBytes);
      int sinceFlush = 0;
      String text;
      while ((text = lines.next()) != null) {
        if (text.isBlank() && !lines.lastTooLong()) {
          continue;
        }
        read++;
        ReadOutcome r = lines.lastTooLong()
            ? ReadOutcome.rejected(new Reject("request", lines.lineNumber(), null, List.of(new Reject.FieldProblem("",
                "line is over " + JsonTransactionParser.MAX_LINE_CHARS + " characters")), text))
            : parser.parse("request", lines.lineNumber(), text);
        if (r.isRejected()) {
          rejected++;
          metrics.rejected();
          VerdictWriter.reject(g, r.reject());
        } else {
          Verdict v = screener.screen(r.transaction());
          metrics.screened(v.outcome());
          counts.merge(v.outcome(), 1L, Long::sum);
          VerdictWriter.write(g, v, snap.history().on(v.asOf()), "verdict");
        }
        g.writeRaw('\n');
        if (++sinceFlush >= FLUSH_EVERY || !lines.ready()) {
          g.flush();
          sinceFlush = 0;
        }
      }
      if (lines.overLimit()) {
        Bodies.discardUnread(ctx);
        Problems.write(g, 413, "too-large", "the stream is over the limit of " + maxStreamBytes
            + " bytes (kenmon serve --max-stream); lines after " + lines.lineNumber() + " were not read",
            ctx.path(), null, lines.lineNumber() + 1, List.of());
        g.writeRaw('\n');
      }
      g.writeStartObject();
      g.writeStringField("kind", "summary");
      g.writeNumberField("read", read);
      g.writeNumberField("screened", read - rejected);
      g.writeNumberField("rejected", rejected);
      g.writeObjectFieldStart("outcomes");
      for (Map.Entry<Outcome, Long> e : counts.entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeBooleanField("complete", !lines.overLimit());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Prints nothing: holds made through the API are reported in the response. */
  private static final VerdictSink NOTHING = new VerdictSink() {
    @Override
    public void verdict(Verdict v) {}

    @Override
    public void reject(Reject r) {}
  };
}

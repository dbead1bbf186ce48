package org.kenmon.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kenmon.report.RegimeJson;
import org.kenmon.report.TimelineSvg;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.rulebook.Rulebook;
import org.kenmon.rulebook.Timeline;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;

/**
 * The regimes: {@code GET /api/v1/regimes} (measures in force on a date, as {@code kenmon regime
 * show --format json}), {@code /regimes/diff} (as {@code regime diff}), {@code /regimes/timeline}
 * (every measure's spans, the change dates, the key periods and the count in force per issuer over
 * time, which the web UI charts) and {@code /regimes/timeline.svg}.
 */
public final class RegimeApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Key periods marked on the timeline, as {@code kenmon regime timeline} does. */
  public static final int KEY_PERIODS = 8;

  private final DataHolder data;
  private final Clock clock;

  public RegimeApi(DataHolder data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  public void register(Routes r) {
    r.get("/api/v1/regimes", Access.VIEWER, this::show);
    r.get("/api/v1/regimes/diff", Access.VIEWER, this::diff);
    r.get("/api/v1/regimes/timeline", Access.VIEWER, this::timeline);
    r.get("/api/v1/regimes/timeline.svg", Access.VIEWER, this::svg);
  }

  void show(Context ctx) {
    Params.only(ctx, Set.of("as_of", "issuer"));
    Snapshot snap = data.current();
    LocalDate asOf = Params.date(ctx, "as_of", false);
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    RegimeHistory h = snap.history(Params.issuers(ctx, snap));
    Json.send(ctx, RegimeJson.show(day, h.on(day), h.dataHash()));
  }

  void diff(Context ctx) {
    Params.only(ctx, Set.of("from", "to", "issuer"));
    Snapshot snap = data.current();
    LocalDate from = Params.date(ctx, "from", true);
    LocalDate to = Params.date(ctx, "to", true);
    RegimeHistory h = snap.history(Params.issuers(ctx, snap));
    Json.send(ctx, RegimeJson.diff(RegimeDiff.between(h.on(from), h.on(to), from, to)));
  }

  void timeline(Context ctx) {
    Params.only(ctx, Set.of("issuer", "until"));
    Snapshot snap = data.current();
    Set<String> issuers = Params.issuers(ctx, snap);
    LocalDate until = until(ctx);
    Json.send(ctx, timelineJson(snap.history(issuers), snap.timeline(issuers), until));
  }

  void svg(Context ctx) {
    Params.only(ctx, Set.of("issuer", "until"));
    Snapshot snap = data.current();
    Set<String> issuers = Params.issuers(ctx, snap);
    RegimeHistory h = snap.history(issuers);
    ctx.contentType("image/svg+xml");
    ctx.result(TimelineSvg.render(snap.timeline(issuers), until(ctx), KEY_PERIODS,
        "Sanctions measures against the DPRK: " + String.join(", ", h.issuers())));
  }

  private LocalDate until(Context ctx) {
    LocalDate until = Params.date(ctx, "until", false);
    return until == null ? LocalDate.now(clock) : until;
  }

  /**
   * {@code {"start", "until", "issuers", "in_force": [{"date", "counts": {issuer: n}}], "key_periods":
   * [...], "change_dates": [...], "rows": [{"id", "issuer", "kind", "title", "spans": [...]}]}}.
   */
  public static ObjectNode timelineJson(RegimeHistory history, Timeline t, LocalDate until) {
    ObjectNode o = JSON.objectNode();
    o.put("start", t.start() == null ? null : t.start().toString());
    o.put("until", until.toString());
    ArrayNode issuers = o.putArray("issuers");
    history.issuers().forEach(issuers::add);
    ArrayNode inForce = o.putArray("in_force");
    for (Rulebook epoch : history.epochs()) {
      if (epoch.from().equals(LocalDate.MIN)) {
        continue; // before any measure
      }
      if (epoch.from().isAfter(until)) {
        break;
      }
      Map<String, Integer> counts = new TreeMap<>();
      history.issuers().forEach(i -> counts.put(i, 0));
      for (MeasureInForce m : epoch.measures()) {
        counts.merge(m.issuer(), 1, Integer::sum);
      }
      ObjectNode point = inForce.addObject();
      point.put("date", epoch.from().toString());
      ObjectNode c = point.putObject("counts");
      counts.forEach(c::put);
    }
    ArrayNode periods = o.putArray("key_periods");
    for (Timeline.ChangePeriod p : t.keyPeriods(KEY_PERIODS, until)) {
      periods.addObject().put("issuer", p.issuer()).put("from", p.from().toString()).put("to", p.to().toString())
          .put("added", p.added()).put("removed", p.removed()).put("changed", p.changed()).put("label", p.label());
    }
    ArrayNode changes = o.putArray("change_dates");
    for (Timeline.ChangeDate d : t.changeDates()) {
      changes.addObject().put("issuer", d.issuer()).put("date", d.date().toString()).put("added", d.added())
          .put("removed", d.removed()).put("changed", d.changed());
    }
    ArrayNode rows = o.putArray("rows");
    for (Timeline.Row row : t.rows()) {
      ObjectNode r = rows.addObject().put("id", row.id()).put("issuer", row.issuer())
          .put("kind", row.kind().code()).put("title", row.title());
      ArrayNode spans = r.putArray("spans");
      for (Timeline.Span s : row.spans()) {
        ObjectNode so = spans.addObject().put("from", s.from() == null ? null : s.from().toString())
            .put("to", s.to() == null ? null : s.to().toString()).put("effect", s.effect().name())
            .put("thresholds", s.thresholds()).put("unconfirmed", s.unconfirmed());
        ArrayNode ex = so.putArray("exceptions");
        s.exceptions().forEach(ex::add);
        ArrayNode renewals = so.putArray("renewals");
        s.renewals().forEach(d -> renewals.add(d.toString()));
      }
    }
    return o;
  }
}

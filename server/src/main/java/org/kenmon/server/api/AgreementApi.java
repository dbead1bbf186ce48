package org.kenmon.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kenmon.agreement.Agreement;
import org.kenmon.agreement.AgreementCheck;
import org.kenmon.agreement.AgreementFile;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.agreement.AgreementReader;
import org.kenmon.agreement.Change;
import org.kenmon.problems.Problem;
import org.kenmon.report.RegimeJson;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.LoadedAgreement;
import org.kenmon.server.data.Snapshot;
import org.kenmon.server.data.StoreGate;
import org.kenmon.stamp.Hashing;
import org.kenmon.store.audit.AuditAction;
import org.kenmon.store.audit.CanonicalJson;

/**
 * Agreements: list them, read one, compare the regimes without and with it on its effective date
 * ({@code kenmon agreement diff --format json}), and, for an admin, store an agreement file
 * (validated as {@code kenmon agreement check} does, every problem with line and column).
 */
public final class AgreementApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml", "text/yaml",
      "text/x-yaml");

  private final DataHolder data;
  private final StoreGate store;
  private final Admin admin;

  public AgreementApi(DataHolder data, StoreGate store, Admin admin) {
    this.data = data;
    this.store = store;
    this.admin = admin;
  }

  public void register(Routes r) {
    r.get("/api/v1/agreements", Access.VIEWER, this::list);
    r.get("/api/v1/agreements/{id}", Access.VIEWER, this::show);
    r.put("/api/v1/agreements/{id}", Access.ADMIN, this::store);
    r.get("/api/v1/agreements/{id}/diff", Access.VIEWER, this::diff);
  }

  void list(Context ctx) {
    Params.only(ctx, Set.of());
    ObjectNode o = JSON.objectNode();
    ArrayNode a = o.putArray("agreements");
    data.current().agreements().values().forEach(la -> a.add(summary(la)));
    Json.send(ctx, o);
  }

  void show(Context ctx) {
    Params.only(ctx, Set.of());
    LoadedAgreement la = find(data.current(), ctx.pathParam("id"));
    ObjectNode o = summary(la);
    if (la.agreement() != null) {
      o.setAll(agreementJson(la.agreement()));
      ArrayNode changes = o.putArray("changes");
      for (Change c : la.agreement().changes()) {
        ObjectNode co = changes.addObject().put("op", c.op().name().toLowerCase(java.util.Locale.ROOT))
            .put("measure", c.measureId());
        co.put("from", c.from() == null ? null : c.from().toString());
        co.put("until", c.until() == null ? null : c.until().toString());
        co.put("note", c.note());
      }
    }
    Json.send(ctx, o);
  }

  void diff(Context ctx) {
    Params.only(ctx, Set.of("on", "as_of", "issuer"));
    Snapshot snap = data.current();
    LoadedAgreement la = find(snap, ctx.pathParam("id"));
    Agreement a = valid(la);
    LocalDate assumed = Params.date(ctx, "on", false);
    LocalDate asOf = Params.date(ctx, "as_of", false);
    Set<String> issuers = Params.issuers(ctx, snap);
    Json.send(ctx, diffJson(snap, a, assumed, asOf, issuers));
  }

  /** The agreement's diff, as {@code kenmon agreement diff --format json} writes it. */
  public static ObjectNode diffJson(Snapshot snap, Agreement a, LocalDate assumed, LocalDate asOf,
      Set<String> issuers) {
    LocalDate effective = effectiveDate(a, assumed);
    LocalDate day = asOf != null ? asOf : effective;
    AgreementOverlay.Scenario scenario = AgreementOverlay.scenario(snap.regimes(), a, effective);
    RegimeHistory without = RegimeHistory.of(scenario.without()).restrictTo(issuers);
    RegimeHistory with = RegimeHistory.of(scenario.with()).restrictTo(issuers);
    RegimeDiff diff = RegimeDiff.between(without.on(day), with.on(day), day, day);
    ObjectNode root = JSON.objectNode();
    ObjectNode o = agreementJson(a);
    o.put("effective_date", scenario.date().toString());
    o.put("compared_on", day.toString());
    root.set("agreement", o);
    root.setAll(RegimeJson.diff(diff));
    return root;
  }

  /** The effective date, or {@code on} for an agreement whose condition is not met yet. */
  public static LocalDate effectiveDate(Agreement a, LocalDate assumed) {
    if (a.effectiveDate().isPresent()) {
      if (assumed != null) {
        throw ApiException.badField("on", "on is for an agreement whose condition is not met yet; " + a.id()
            + " takes effect " + a.effectiveDate().get());
      }
      return a.effectiveDate().get();
    }
    if (assumed == null) {
      throw ApiException.badField("on", a.id() + " has no effective date yet (condition not met: " + a.condition()
          + "); give on=YYYY-MM-DD to assume one");
    }
    return assumed;
  }

  void store(Context ctx) throws IOException {
    Params.only(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (!ID.matcher(id).matches()) {
      throw ApiException.badField("id", "\"" + id + "\" is not an agreement id ([a-z0-9][a-z0-9-]*)");
    }
    Bodies.requireType(ctx, YAML_TYPES, "application/yaml (an agreement file, docs/agreements.md)");
    String text = Bodies.text(ctx);
    Principal who = Guard.principal(ctx).orElseThrow();
    Snapshot snap = data.current();
    String name = id + ".yaml";
    AgreementFile read = AgreementReader.read(name, new StringReader(text));
    List<Problem> problems = new ArrayList<>(read.problems());
    if (read.agreement() != null) {
      problems.addAll(AgreementCheck.check(read, snap.regimes(), null));
      if (!read.agreement().id().equals(id)) {
        throw ApiException.badField("id", "the file's id is \"" + read.agreement().id() + "\", the path's \"" + id
            + "\"");
      }
    }
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (read.agreement() == null || !errors.isEmpty()) {
      List<ApiException.FieldError> fe = errors.stream().map(p -> new ApiException.FieldError(
          p.field(), p.line(), p.line() + ":" + p.column() + ": " + p.message())).toList();
      Problem first = errors.isEmpty() ? null : errors.get(0);
      throw new ApiException(422, "invalid-agreement", "the agreement file has " + errors.size() + " errors"
          + (first == null ? "" : "; first: " + first), first == null ? null : first.field(),
          first == null ? 0 : first.line(), fe);
    }
    Path dir = data.loader().uploadedAgreements();
    Files.createDirectories(dir);
    Path target = dir.resolve(name);
    boolean existed = snap.agreement(id).isPresent();
    Path tmp = Files.createTempFile(dir, id, ".part");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    store.call(s -> s.write(tx -> {
      Map<String, Object> payload = CanonicalJson.map();
      payload.put("id", id);
      payload.put("sha256", Hashing.sha256(text));
      payload.put("file", target.toString());
      payload.put("replaced", existed);
      return tx.audit(who.actor(), AuditAction.AGREEMENT_STORED, "agreement:" + id, payload);
    }));
    Admin.Reloaded r = admin.reload(who);
    ObjectNode o = summary(r.snapshot().agreement(id).orElseThrow());
    o.set("rescreen", r.rescreenJson());
    ctx.status(existed ? 200 : 201);
    Json.send(ctx, o);
  }

  static LoadedAgreement find(Snapshot snap, String id) {
    return snap.agreement(id).orElseThrow(() -> ApiException.notFound("no agreement \"" + id + "\"; see GET "
        + "/api/v1/agreements"));
  }

  static Agreement valid(LoadedAgreement la) {
    if (!la.valid()) {
      Problem first = la.problems().stream().filter(Problem::isError).findFirst().orElse(null);
      throw new ApiException(422, "invalid-agreement", "the agreement file " + la.file() + " is invalid"
          + (first == null ? "" : ": " + first), null, 0, List.of());
    }
    return la.agreement();
  }

  static ObjectNode summary(LoadedAgreement la) {
    ObjectNode o = JSON.objectNode();
    Agreement a = la.agreement();
    o.put("id", a == null ? null : a.id());
    o.put("file", Path.of(la.file()).getFileName().toString());
    o.put("valid", la.valid());
    if (a != null) {
      o.put("title", a.title());
      o.put("status", a.status().code());
      o.put("hypothetical", a.isHypothetical());
      o.put("effective_date", a.effectiveDate().map(LocalDate::toString).orElse(null));
    }
    ArrayNode problems = o.putArray("problems");
    for (Problem p : la.problems()) {
      problems.addObject().put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
          .put("line", p.line()).put("column", p.column()).put("field", p.field()).put("message", p.message());
    }
    return o;
  }

  /** The agreement's own fields, as in {@code agreement diff --format json}. */
  static ObjectNode agreementJson(Agreement a) {
    ObjectNode o = JSON.objectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("status", a.status().code());
    o.put("hypothetical", a.isHypothetical());
    a.parties().forEach(o.putArray("parties")::add);
    o.put("announced", a.announced().toString());
    o.put("effective", a.effective() == null ? null : a.effective().toString());
    if (a.condition() != null) {
      o.put("condition", a.condition());
      o.put("condition_met_on", a.conditionMetOn() == null ? null : a.conditionMetOn().toString());
    }
    o.put("recorded_in_regimes", a.recordedInRegimes());
    a.reciprocal().forEach(o.putArray("reciprocal")::add);
    return o;
  }
}

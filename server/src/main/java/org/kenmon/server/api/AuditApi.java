package org.kenmon.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Set;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.StoreGate;
import org.kenmon.store.audit.AuditProblem;
import org.kenmon.store.audit.VerifyReport;

/** {@code GET /api/v1/audit/verify}: {@code kenmon audit verify} over HTTP; 200 with {@code ok} either way. */
public final class AuditApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final StoreGate store;

  public AuditApi(StoreGate store) {
    this.store = store;
  }

  public void register(Routes r) {
    r.get("/api/v1/audit/verify", Access.VIEWER, this::verify);
  }

  void verify(Context ctx) {
    Params.only(ctx, Set.of());
    Json.send(ctx, json(store.call(s -> s.verify())));
  }

  public static ObjectNode json(VerifyReport r) {
    ObjectNode o = JSON.objectNode();
    o.put("ok", r.ok());
    o.put("records", r.records());
    o.putObject("head").put("seq", r.headSeq()).put("hash", r.headHash());
    ObjectNode rows = o.putObject("rows_checked");
    r.rowsChecked().forEach(rows::put);
    o.put("problem_count", r.problemCount());
    ArrayNode problems = o.putArray("problems");
    for (AuditProblem p : r.problems()) {
      problems.addObject().put("kind", p.kind().name()).put("seq", p.seq()).put("table", p.table())
          .put("row_id", p.rowId()).put("message", p.message());
    }
    return o;
  }
}

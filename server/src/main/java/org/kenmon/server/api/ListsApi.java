package org.kenmon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.ListFormat;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.store.ImportResult;
import org.kenmon.lists.store.ListDiff;
import org.kenmon.lists.store.ListReport;
import org.kenmon.lists.store.ListStore;
import org.kenmon.lists.store.ListStoreException;
import org.kenmon.lists.store.StoredVersion;
import org.kenmon.problems.Problem;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.StoreGate;
import org.kenmon.store.DataStates;

/**
 * Sanctions list versions: those in use and those stored ({@code kenmon lists show}), the diff of
 * two stored versions ({@code kenmon lists diff --format json}), and, for an admin, importing a
 * list file as a new version ({@code kenmon lists import}), after which the service matches
 * against it and the holds are rescreened.
 */
public final class ListsApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final DataHolder data;
  private final StoreGate store;
  private final Admin admin;

  public ListsApi(DataHolder data, StoreGate store, Admin admin) {
    this.data = data;
    this.store = store;
    this.admin = admin;
  }

  public void register(Routes r) {
    r.get("/api/v1/lists", Access.VIEWER, this::list);
    r.post("/api/v1/lists", Access.ADMIN, this::importVersion);
    r.get("/api/v1/lists/diff", Access.VIEWER, this::diff);
  }

  void list(Context ctx) {
    Params.only(ctx, Set.of());
    ObjectNode o = JSON.objectNode();
    ArrayNode inUse = o.putArray("in_use");
    for (ListVersion v : data.current().lists()) {
      inUse.addObject().put("label", v.label()).put("list", v.listId()).put("title", v.title())
          .put("as_of", v.asOf().toString()).put("entries", v.entries().size());
    }
    ArrayNode stored = o.putArray("stored");
    for (StoredVersion v : stored()) {
      stored.add(json(v));
    }
    Json.send(ctx, o);
  }

  /** The stored versions, newest first. */
  public List<StoredVersion> stored() {
    try {
      return data.loader().listStore().versions().stream()
          .sorted(Comparator.comparing(StoredVersion::asOf).reversed().thenComparing(StoredVersion::listId)).toList();
    } catch (ListStoreException e) {
      throw new ApiException(503, "store-unavailable", e.getMessage(), null, 0, List.of());
    }
  }

  void diff(Context ctx) throws IOException {
    Params.only(ctx, Set.of("from", "to"));
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    if (from == null || from.isBlank()) {
      throw ApiException.badField("from", "from is required: a stored version (list id, LIST@DATE or hash prefix)");
    }
    if (to == null || to.isBlank()) {
      throw ApiException.badField("to", "to is required: a stored version (list id, LIST@DATE or hash prefix)");
    }
    JsonNode json = Json.MAPPER.readTree(ListReport.diffJson(diff(from, to)));
    Json.send(ctx, json);
  }

  /** The diff of two stored versions; 404 naming the reference that resolves to none. */
  public ListDiff diff(String from, String to) {
    ListStore ls = data.loader().listStore();
    resolve(ls, "from", from);
    resolve(ls, "to", to);
    try {
      return ls.diff(from, to);
    } catch (ListStoreException | IllegalArgumentException e) {
      throw ApiException.badField("to", e.getMessage());
    }
  }

  private static void resolve(ListStore ls, String field, String ref) {
    try {
      ls.resolve(ref);
    } catch (ListStoreException | IllegalArgumentException e) {
      throw new ApiException(404, "not-found", e.getMessage(), field, 0, List.of());
    }
  }

  void importVersion(Context ctx) throws IOException {
    Params.only(ctx, Set.of("format", "as_of", "list_id"));
    String formatCode = ctx.queryParam("format");
    if (formatCode == null || formatCode.isBlank()) {
      throw ApiException.badField("format", "format is required: un-xml, ftm or csv");
    }
    ListFormat format;
    try {
      format = ListFormat.parse(formatCode);
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("format", e.getMessage());
    }
    if (format == ListFormat.OFAC_CSV) {
      throw ApiException.badField("format", "the OFAC legacy CSV set is four files; import it with 'kenmon lists "
          + "import FOLDER --format ofac-csv'");
    }
    LocalDate asOf = Params.date(ctx, "as_of", format.needsAsOf());
    String listId = ctx.queryParam("list_id");
    if (listId != null && !ListInput.isListId(listId)) {
      throw ApiException.badField("list_id", "\"" + listId + "\" is not a list id (lower-case letters, digits, '.', "
          + "'_' or '-', at most 64)");
    }
    if (format == ListFormat.CSV && listId == null) {
      throw ApiException.badField("list_id", "list_id is required for csv lists (e.g. jp-mof)");
    }
    byte[] body = Bodies.bytes(ctx);
    if (body.length == 0) {
      throw ApiException.badRequest("the body is empty: send the list file");
    }
    Principal who = Guard.principal(ctx).orElseThrow();
    ImportResult result = importFile(format, asOf, listId, body);
    StoredVersion v = result.version();
    ObjectNode o = JSON.objectNode();
    o.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
    o.put("read", result.read().read()).put("loaded", result.read().loaded()).put("rejected", result.read().rejected())
        .put("skipped", result.read().skipped());
    ArrayNode problems = o.putArray("problems");
    result.read().problems().stream().limit(100).forEach(p -> problems.add(problem(p)));
    if (v == null) {
      throw new ApiException(422, "nothing-loaded", "nothing could be loaded from the file: "
          + result.read().errors().stream().findFirst().map(Problem::toString).orElse("no records"), null, 0,
          result.read().errors().stream().limit(100).map(p -> new ApiException.FieldError(p.field(), p.line(),
              p.message())).toList());
    }
    o.set("version", json(v));
    Map<String, Object> details = new TreeMap<>();
    details.put("label", v.label());
    details.put("list", v.listId());
    details.put("title", v.title());
    details.put("format", v.format());
    details.put("as_of", v.asOf().toString());
    details.put("sha256", v.sha256());
    store.call(s -> DataStates.recordListImport(s, v.label(), details, who.actor()));
    o.set("rescreen", admin.reload(who).rescreenJson());
    ctx.status(result.outcome() == ImportResult.Outcome.STORED ? 201 : 200);
    Json.send(ctx, o);
  }

  private ImportResult importFile(ListFormat format, LocalDate asOf, String listId, byte[] body) throws IOException {
    Path dir = Files.createTempDirectory("kenmon-list-upload");
    try {
      String ext = format == ListFormat.UN_XML ? ".xml" : format == ListFormat.CSV ? ".csv" : ".json";
      Path file = dir.resolve((listId == null ? "upload" : listId) + ext);
      Files.write(file, body);
      ListInput input = ListInput.of(file).withAsOf(asOf);
      if (listId != null) {
        input = input.withListId(listId);
      }
      try {
        return data.loader().listStore().importVersion(format, input);
      } catch (ListReadException | ListStoreException | IllegalArgumentException e) {
        throw new ApiException(422, "invalid-list", e.getMessage(), null, 0, List.of());
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // A temporary folder left behind is harmless.
      }
    }
  }

  static ObjectNode json(StoredVersion v) {
    return JSON.objectNode().put("label", v.label()).put("list", v.listId()).put("title", v.title())
        .put("format", v.format()).put("as_of", v.asOf().toString()).put("sha256", v.sha256())
        .put("entries", v.loaded()).put("imported_at", v.importedAt() == null ? null : v.importedAt().toString());
  }

  static ObjectNode problem(Problem p) {
    return JSON.objectNode().put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
        .put("line", p.line()).put("field", p.field()).put("message", p.message());
  }
}

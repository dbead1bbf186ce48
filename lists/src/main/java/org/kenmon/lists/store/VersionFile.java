package org.kenmon.lists.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.ListReadResult;

/**
 * The store file of one version: gzipped JSON lines, a header record first, then one entry per
 * line. Field names are written out here, not derived from the model's records, so that renaming
 * a record component cannot silently change the files already stored. Format in {@code
 * docs/lists.md}.
 */
final class VersionFile {
  static final String MARK = "kenmon-list-version";
  static final int SCHEMA = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private VersionFile() {}

  static void write(Path target, ListReadResult result, Instant importedAt) throws IOException {
    ListVersion v = result.version();
    try (Writer w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)), StandardCharsets.UTF_8))) {
      ObjectNode h = JSON.createObjectNode();
      h.put("kenmon", MARK).put("schema", SCHEMA).put("listId", v.listId()).put("title", v.title())
          .put("format", v.format()).put("asOf", v.asOf().toString()).put("sha256", v.sha256())
          .put("importedAt", importedAt.toString());
      h.putObject("counts").put("read", result.read()).put("loaded", result.loaded())
          .put("rejected", result.rejected()).put("skipped", result.skipped());
      line(w, h);
      for (ListEntry e : v.entries()) {
        line(w, entry(e));
      }
    }
  }

  private static void line(Writer w, JsonNode node) throws IOException {
    w.write(JSON.writeValueAsString(node));
    w.write('\n');
  }

  private static ObjectNode entry(ListEntry e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.entryId()).put("type", e.type().code());
    ArrayNode names = o.putArray("names");
    e.names().forEach(n -> names.addObject().put("value", n.value()).put("strength", lower(n.strength().name())));
    strings(o, "birthDates", e.birthDates().stream().map(BirthDate::toString).toList());
    strings(o, "nationalities", e.nationalities());
    strings(o, "countries", e.countries());
    if (!e.identifiers().isEmpty()) {
      ArrayNode ids = o.putArray("identifiers");
      for (Identifier i : e.identifiers()) {
        ObjectNode id = ids.addObject().put("type", i.type().code()).put("value", i.value());
        if (i.country() != null) {
          id.put("country", i.country());
        }
      }
    }
    strings(o, "programs", e.programs());
    if (e.listedOn() != null) {
      o.put("listedOn", e.listedOn().toString());
    }
    if (e.remarks() != null) {
      o.put("remarks", e.remarks());
    }
    return o;
  }

  private static void strings(ObjectNode o, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }

  /** The header only: cheap enough to list every version. */
  static StoredVersion header(Path file) {
    try (BufferedReader r = reader(file)) {
      return header(file, r.readLine());
    } catch (IOException | RuntimeException e) {
      throw corrupt(file, e);
    }
  }

  static ListVersion read(Path file) {
    try (BufferedReader r = reader(file)) {
      StoredVersion h = header(file, r.readLine());
      List<ListEntry> entries = new ArrayList<>(h.loaded());
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        entries.add(entry(h.listId(), JSON.readTree(line)));
      }
      if (entries.size() != h.loaded()) {
        throw new IOException("the header says " + h.loaded() + " entries, the file has " + entries.size());
      }
      return new ListVersion(h.listId(), h.title(), h.format(), h.asOf(), h.sha256(), entries);
    } catch (IOException | RuntimeException e) {
      throw corrupt(file, e);
    }
  }

  private static ListStoreException corrupt(Path file, Exception e) {
    return new ListStoreException("cannot read list version file " + file + ": " + e.getMessage(), e);
  }

  private static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8));
  }

  private static StoredVersion header(Path file, String line) throws IOException {
    JsonNode h = line == null ? null : JSON.readTree(line);
    if (h == null || !MARK.equals(h.path("kenmon").asText()) || h.path("schema").asInt() != SCHEMA) {
      throw new IOException("no " + MARK + " header of schema " + SCHEMA);
    }
    JsonNode c = h.path("counts");
    return new StoredVersion(h.path("listId").asText(), h.path("title").asText(), h.path("format").asText(),
        LocalDate.parse(h.path("asOf").asText()), h.path("sha256").asText(), c.path("read").asInt(),
        c.path("loaded").asInt(), c.path("rejected").asInt(), c.path("skipped").asInt(),
        Instant.parse(h.path("importedAt").asText()), file);
  }

  private static ListEntry entry(String listId, JsonNode o) {
    List<EntityName> names = new ArrayList<>();
    o.path("names").forEach(n -> names.add(new EntityName(n.path("value").asText(),
        NameStrength.valueOf(upper(n.path("strength").asText())))));
    List<Identifier> ids = new ArrayList<>();
    o.path("identifiers").forEach(i -> ids.add(new Identifier(IdentifierType.valueOf(upper(i.path("type").asText())),
        i.path("value").asText(), i.hasNonNull("country") ? i.get("country").asText() : null)));
    return new ListEntry(listId, o.path("id").asText(), EntityType.valueOf(upper(o.path("type").asText())), names,
        strings(o, "birthDates").stream().map(BirthDate::parse).toList(), strings(o, "nationalities"),
        strings(o, "countries"), ids, strings(o, "programs"),
        o.hasNonNull("listedOn") ? LocalDate.parse(o.get("listedOn").asText()) : null,
        o.hasNonNull("remarks") ? o.get("remarks").asText() : null);
  }

  private static List<String> strings(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    o.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}

package org.kenmon.lists.ftm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.kenmon.entity.EntityType;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ListReader;
import org.kenmon.lists.internal.LineReader;
import org.kenmon.lists.internal.MeteredInput;
import org.kenmon.lists.internal.ReadLog;
import org.kenmon.lists.internal.Texts;

/**
 * Reads FollowTheMoney entities, one JSON object per line (UTF-8; blank lines ignored). Every
 * non-blank line is a record: a matchable schema is loaded, any other schema is skipped, a line
 * that is not a JSON object or has no schema is rejected. The list id is the caller's, else the
 * one dataset every loaded entity belongs to, else the file name. The caller gives the as-of date.
 */
public final class FtmListReader implements ListReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ListReadResult read(ListInput input) {
    if (input.asOf() == null) {
      throw new ListReadException(input.fileName(), 0, "FtM files carry no list date; give the as-of date");
    }
    String file = input.fileName();
    ReadLog log = new ReadLog(file, input.limits());
    try (MeteredInput in = MeteredInput.open(input.path(), input.limits().maxFileBytes())) {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      LineReader lines = new LineReader(new InputStreamReader(in.shielded(), decoder), file, input.limits().maxTextChars());
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (!line.isBlank()) {
          entity(line, lines.lineNumber(), log);
        }
      }
      String listId = input.listId() != null ? input.listId() : listId(log.draftedListIds(), input);
      return log.finish(listId, listId, "ftm", input.asOf(), in.finishHash());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ListReadException(file, 0, "not UTF-8: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void entity(String text, int line, ReadLog log) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      log.reject(line, "line", "not JSON: " + e.getOriginalMessage());
      return;
    }
    if (!node.isObject()) {
      log.reject(line, "line", "not a JSON object");
      return;
    }
    String schema = Texts.clean(node.path("schema").asText(null));
    if (schema == null) {
      log.reject(line, "schema", "missing schema");
      return;
    }
    EntityType type = FtmMapper.SCHEMAS.get(schema);
    if (type == null) {
      log.skip(line);
      return;
    }
    JsonNode datasets = node.path("datasets");
    String dataset = datasets.size() == 1 ? datasets.get(0).asText("") : "";
    var draft = log.record(dataset, line);
    FtmMapper.map(node, type, draft);
    draft.finish();
  }

  private static String listId(Set<String> datasets, ListInput input) {
    if (datasets.size() == 1) {
      String only = datasets.iterator().next();
      if (ListInput.isListId(only)) {
        return only;
      }
    }
    return input.listIdFromFileName();
  }
}

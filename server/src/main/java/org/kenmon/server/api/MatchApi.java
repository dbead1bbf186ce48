package org.kenmon.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;

/**
 * {@code POST /api/v1/match}: one name (with date of birth, country and type when known) against
 * the list versions in use, every candidate with its score and the alignment that produced it,
 * as {@code kenmon match --format json}.
 */
public final class MatchApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> FIELDS = Set.of("name", "dob", "country", "type");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** Longest name matched. */
  public static final int MAX_NAME_CHARS = 500;

  private final DataHolder data;

  public MatchApi(DataHolder data) {
    this.data = data;
  }

  public void register(Routes r) {
    r.post("/api/v1/match", Access.SCREENER, this::match);
  }

  void match(Context ctx) {
    Params.only(ctx, Set.of());
    ObjectNode body = Json.object(ctx, FIELDS);
    String name = Json.text(body, "name");
    if (name == null || name.isBlank()) {
      throw ApiException.badField("name", "name is required");
    }
    if (name.length() > MAX_NAME_CHARS) {
      throw ApiException.badField("name", "at most " + MAX_NAME_CHARS + " characters, this has " + name.length());
    }
    Snapshot snap = data.current();
    List<Match> matches = snap.matcher().match(query(body, name));
    ObjectNode o = JSON.objectNode();
    o.put("query", name);
    ArrayNode lists = o.putArray("lists");
    snap.lists().forEach(l -> lists.add(l.label()));
    ArrayNode a = o.putArray("matches");
    for (Match m : matches) {
      a.addObject().put("entry_id", m.entry().entryId()).put("list", m.entry().listId()).put("name", m.entry().name())
          .put("matched_name", m.matchedName()).put("score", Math.round(m.score() * 1000) / 1000.0)
          .put("outcome", m.outcome().code()).put("explanation", m.explanation());
    }
    Json.send(ctx, o);
  }

  private static MatchQuery query(ObjectNode body, String name) {
    BirthDate dob = null;
    String dobText = Json.text(body, "dob");
    if (dobText != null) {
      try {
        dob = BirthDate.parse(dobText);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField("dob", e.getMessage());
      }
    }
    String country = Json.text(body, "country");
    String cc = null;
    if (country != null) {
      cc = country.trim().toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(cc)) {
        throw ApiException.badField("country", "\"" + country + "\" is not an ISO 3166 alpha-2 code");
      }
    }
    EntityType type = null;
    String typeText = Json.text(body, "type");
    if (typeText != null) {
      try {
        type = EntityType.parse(typeText);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField("type", e.getMessage());
      }
    }
    return new MatchQuery(name, dob, cc, type, List.of());
  }
}

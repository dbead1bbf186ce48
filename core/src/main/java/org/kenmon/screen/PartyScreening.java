package org.kenmon.screen;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kenmon.entity.EntityType;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.NameMatcher;
import org.kenmon.transaction.Party;

/**
 * Matches transaction parties against the lists, remembering the answers: counterparties repeat
 * in real ledgers, so most lookups are a hash probe. The memory is bounded ({@value #MAX_CACHED}
 * parties) and simply emptied when full, which keeps it correct and its size predictable.
 * Thread-safe.
 */
final class PartyScreening {
  static final int MAX_CACHED = 200_000;

  private final NameMatcher matcher;
  private final Map<String, List<Match>> cache = new ConcurrentHashMap<>();

  PartyScreening(NameMatcher matcher) {
    this.matcher = matcher;
  }

  List<Match> matches(Party p) {
    if (matcher == null || (p.name() == null && p.identifiers().isEmpty())) {
      return List.of();
    }
    String country = p.nationality() != null ? p.nationality() : p.country();
    String key = p.name() + '\u0000' + p.birthDate() + '\u0000' + country + '\u0000' + p.identifiers();
    List<Match> found = cache.get(key);
    if (found == null) {
      found = matcher.match(new MatchQuery(p.name(), p.birthDate(), country, typeOf(p), p.identifiers()));
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(key, found);
    }
    return found;
  }

  /** Banks are organisations and travellers people; other roles can be either. */
  private static EntityType typeOf(Party p) {
    String role = p.role() == null ? "" : p.role();
    if (role.contains("bank")) {
      return EntityType.ORGANIZATION;
    }
    if (role.equals("traveller") || role.equals("traveler") || role.equals("carrier") || role.equals("crew")) {
      return EntityType.PERSON;
    }
    return EntityType.UNKNOWN;
  }
}

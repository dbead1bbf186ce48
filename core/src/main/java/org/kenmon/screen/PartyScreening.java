package org.kenmon.screen;

import java.util.List;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.NameMatcher;
import org.kenmon.memo.BoundedMemo;
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
  private final BoundedMemo<Query, List<Match>> cache = new BoundedMemo<>(MAX_CACHED);

  /**
   * All a party's matches depend on. The type is part of it: the same name as a bank and as a
   * traveller is matched as an organisation and as a person, and must not share an answer (nor
   * get whichever was worked out first). A record, not a joined string: no date to format, and
   * the name's hash is the string's own, computed once.
   */
  private record Query(String name, BirthDate birthDate, String country, EntityType type,
      List<Identifier> identifiers) {}

  PartyScreening(NameMatcher matcher) {
    this.matcher = matcher;
  }

  List<Match> matches(Party p) {
    if (matcher == null || (p.name() == null && p.identifiers().isEmpty())) {
      return List.of();
    }
    String country = p.nationality() != null ? p.nationality() : p.country();
    Query key = new Query(p.name(), p.birthDate(), country, typeOf(p), p.identifiers());
    return cache.get(key, k -> matcher.match(new MatchQuery(k.name(), k.birthDate(), k.country(), k.type(),
        k.identifiers())));
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

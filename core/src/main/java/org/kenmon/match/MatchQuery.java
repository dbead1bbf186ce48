package org.kenmon.match;

import java.util.List;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;

/**
 * What is known of a party to screen: a name in any script, and optionally a date of birth, a
 * country (nationality or address, ISO alpha-2), a type and identifiers. Everything but the name
 * may be null or empty; a query with identifiers only is allowed.
 */
public record MatchQuery(String name, BirthDate birthDate, String country, EntityType type,
    List<Identifier> identifiers) {

  public MatchQuery {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    type = type == null ? EntityType.UNKNOWN : type;
    if ((name == null || name.isBlank()) && identifiers.isEmpty()) {
      throw new IllegalArgumentException("a match query needs a name or an identifier");
    }
  }

  public static MatchQuery name(String name) {
    return new MatchQuery(name, null, null, null, List.of());
  }
}

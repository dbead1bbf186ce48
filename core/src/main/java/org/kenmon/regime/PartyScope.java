package org.kenmon.regime;

import java.util.List;

/**
 * The parties or persons a measure covers: those on named sanctions lists, of given nationalities
 * or residences, in given roles or categories (e.g. "dprk_officials").
 */
public record PartyScope(
    List<String> lists,
    List<String> nationality,
    List<String> residence,
    List<String> roles,
    List<String> categories,
    String note) {
  public PartyScope {
    lists = List.copyOf(lists);
    nationality = List.copyOf(nationality);
    residence = List.copyOf(residence);
    roles = List.copyOf(roles);
    categories = List.copyOf(categories);
  }
}

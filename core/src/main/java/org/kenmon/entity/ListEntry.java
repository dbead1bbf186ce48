package org.kenmon.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One designated person, organisation, vessel or aircraft on a sanctions list, in the common
 * model every list reader maps to.
 *
 * @param listId the list it comes from, e.g. {@code un-sc} or {@code ofac-sdn}
 * @param entryId the list's own reference: the UN REFERENCE_NUMBER (KPi.023), the OFAC ent_num
 * @param names the primary name first, then aliases, each with its strength
 * @param programs the sanctions programmes it is listed under (UN list type such as DPRK; OFAC
 *     program codes)
 * @param countries countries of address, citizenship or registration (ISO alpha-2 where known)
 * @param nationalities nationalities (ISO alpha-2 where known)
 * @param listedOn the listing date, when published
 * @param remarks free text as published, for reviewers
 */
public record ListEntry(
    String listId,
    String entryId,
    EntityType type,
    List<EntityName> names,
    List<BirthDate> birthDates,
    List<String> nationalities,
    List<String> countries,
    List<Identifier> identifiers,
    List<String> programs,
    LocalDate listedOn,
    String remarks) {

  public ListEntry {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("list entry " + entryId + " has no name");
    }
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    countries = List.copyOf(countries);
    identifiers = List.copyOf(identifiers);
    programs = List.copyOf(programs);
  }

  /** The primary (first) name. */
  public String name() {
    return names.get(0).value();
  }
}

package org.kenmon.lists.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of the Kenmon list CSV, in their documented order. Multiple values are split on ';'. */
public enum CsvColumn {
  ID(true, "the entry's id in its list, unique"),
  NAME(true, "the primary name"),
  TYPE(true, "person, organization, vessel, aircraft (or individual, entity, company, ship)"),
  ALIASES(false, "strong aliases, ;-separated"),
  WEAK_ALIASES(false, "weak aliases (nicknames, short forms), ;-separated"),
  DOB(false, "dates of birth, ;-separated: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY"),
  NATIONALITY(false, "nationalities, ISO alpha-2, ;-separated"),
  COUNTRY(false, "countries of address, citizenship or registration, ISO alpha-2, ;-separated"),
  IDENTIFIERS(false, "type:value, ;-separated; types: imo, passport, national_id, crypto_address, "
      + "swift_bic, mmsi, registration, call_sign, email, phone, website, other"),
  PROGRAMS(false, "sanctions programmes, ;-separated"),
  LISTED_ON(false, "listing date, YYYY-MM-DD"),
  REMARKS(false, "free text for reviewers");

  private final boolean required;
  private final String description;

  CsvColumn(boolean required, String description) {
    this.required = required;
    this.description = description;
  }

  /** The header name: {@code weak_aliases}. */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean required() {
    return required;
  }

  public String description() {
    return description;
  }

  static Optional<CsvColumn> byHeader(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header().equals(h)).findFirst();
  }

  static String all() {
    return Arrays.stream(values()).map(CsvColumn::header).collect(Collectors.joining(","));
  }
}

package org.kenmon.lists.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.Countries;
import org.kenmon.lists.internal.EntryDraft;
import org.kenmon.lists.internal.Texts;
import org.kenmon.lists.remarks.Imo;

/** Maps one row of the Kenmon list CSV; every value that cannot be read is an error. */
final class CsvMapper {
  private CsvMapper() {}

  static void map(EnumMap<CsvColumn, String> row, EntryDraft d) {
    d.id(row.get(CsvColumn.ID));
    String type = Texts.clean(row.get(CsvColumn.TYPE));
    if (type == null) {
      d.error("type", "type is empty (person, organization, vessel, aircraft)");
    } else {
      try {
        d.type(EntityType.parse(type));
      } catch (IllegalArgumentException e) {
        d.error("type", e.getMessage());
      }
    }
    d.name(row.get(CsvColumn.NAME), NameStrength.PRIMARY);
    Texts.split(row.get(CsvColumn.ALIASES), ';').forEach(n -> d.name(n, NameStrength.STRONG));
    Texts.split(row.get(CsvColumn.WEAK_ALIASES), ';').forEach(n -> d.name(n, NameStrength.WEAK));
    for (String dob : Texts.split(row.get(CsvColumn.DOB), ';')) {
      try {
        d.birthDate(BirthDate.parse(dob));
      } catch (IllegalArgumentException e) {
        d.error("dob", e.getMessage());
      }
    }
    for (String c : Texts.split(row.get(CsvColumn.NATIONALITY), ';')) {
      country(c, "nationality", d).ifPresent(d::nationality);
    }
    for (String c : Texts.split(row.get(CsvColumn.COUNTRY), ';')) {
      country(c, "country", d).ifPresent(d::country);
    }
    for (String id : Texts.split(row.get(CsvColumn.IDENTIFIERS), ';')) {
      identifier(id, d);
    }
    Texts.split(row.get(CsvColumn.PROGRAMS), ';').forEach(d::program);
    String listed = Texts.clean(row.get(CsvColumn.LISTED_ON));
    if (listed != null) {
      try {
        d.listedOn(LocalDate.parse(listed));
      } catch (DateTimeParseException e) {
        d.error("listed_on", Texts.quote(listed) + " is not a date (YYYY-MM-DD)");
      }
    }
    d.remarks(row.get(CsvColumn.REMARKS));
  }

  private static Optional<String> country(String code, String field, EntryDraft d) {
    var iso = Countries.byCode(code);
    if (iso.isEmpty()) {
      String hint = Countries.byName(code).map(c -> " (did you mean " + c + "?)").orElse("");
      d.error(field, Texts.quote(code) + " is not an ISO alpha-2 country code" + hint);
    }
    return iso;
  }

  private static void identifier(String text, EntryDraft d) {
    int colon = text.indexOf(':');
    String code = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = colon < 0 ? "" : text.substring(colon + 1).strip();
    IdentifierType type = Arrays.stream(IdentifierType.values()).filter(t -> t.code().equals(code)).findFirst()
        .orElse(null);
    if (type == null || value.isEmpty()) {
      d.error("identifiers", Texts.quote(text) + " is not type:value with a type of " + Arrays.stream(
          IdentifierType.values()).map(IdentifierType::code).collect(Collectors.joining(", ")));
      return;
    }
    if (type == IdentifierType.IMO) {
      boolean valid = d.type() == EntityType.VESSEL ? Imo.isShipNumber(value)
          : Imo.isShipNumber(value) || Imo.isCompanyNumber(value);
      if (!valid) {
        d.error("identifiers", "IMO " + Texts.quote(value) + " is not seven digits with a valid check digit"
            + (d.type() == EntityType.VESSEL ? " for a ship" : ""));
        return;
      }
    }
    d.identifier(Identifier.of(type, value));
  }

}

package org.kenmon.lists.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.Countries;
import org.kenmon.lists.internal.EntryDraft;
import org.kenmon.lists.internal.Texts;
import org.kenmon.lists.remarks.Imo;

/** Maps one FtM entity of a matchable schema to an entry. Unknown properties are ignored. */
final class FtmMapper {
  /** The schemas that become entries; LegalEntity may be a person or an organisation. */
  static final Map<String, EntityType> SCHEMAS = Map.of(
      "Person", EntityType.PERSON,
      "Organization", EntityType.ORGANIZATION,
      "Company", EntityType.ORGANIZATION,
      "PublicBody", EntityType.ORGANIZATION,
      "LegalEntity", EntityType.UNKNOWN,
      "Vessel", EntityType.VESSEL,
      "Airplane", EntityType.AIRCRAFT);

  private static final Map<String, IdentifierType> IDENTIFIERS = Map.ofEntries(
      Map.entry("passportNumber", IdentifierType.PASSPORT),
      Map.entry("idNumber", IdentifierType.NATIONAL_ID),
      Map.entry("mmsi", IdentifierType.MMSI),
      Map.entry("swiftBic", IdentifierType.SWIFT_BIC),
      Map.entry("bicCode", IdentifierType.SWIFT_BIC),
      Map.entry("publicKey", IdentifierType.CRYPTO_ADDRESS),
      Map.entry("cryptoWallet", IdentifierType.CRYPTO_ADDRESS),
      Map.entry("registrationNumber", IdentifierType.REGISTRATION),
      Map.entry("leiCode", IdentifierType.REGISTRATION),
      Map.entry("ogrnCode", IdentifierType.REGISTRATION),
      Map.entry("callSign", IdentifierType.CALL_SIGN),
      Map.entry("email", IdentifierType.EMAIL),
      Map.entry("phone", IdentifierType.PHONE),
      Map.entry("website", IdentifierType.WEBSITE),
      Map.entry("taxNumber", IdentifierType.OTHER),
      Map.entry("innCode", IdentifierType.OTHER),
      Map.entry("vatCode", IdentifierType.OTHER));

  private FtmMapper() {}

  static void map(JsonNode entity, EntityType type, EntryDraft d) {
    d.id(entity.path("id").asText(null));
    d.type(type);
    JsonNode props = entity.path("properties");
    List<String> names = values(props, "name", d);
    for (int i = 0; i < names.size(); i++) {
      d.name(names.get(i), i == 0 ? NameStrength.PRIMARY : NameStrength.STRONG);
    }
    values(props, "alias", d).forEach(n -> d.name(n, NameStrength.STRONG));
    values(props, "previousName", d).forEach(n -> d.name(n, NameStrength.STRONG));
    values(props, "weakAlias", d).forEach(n -> d.name(n, NameStrength.WEAK));
    for (String date : values(props, "birthDate", d)) {
      try {
        d.birthDate(BirthDate.parse(date.length() > 10 ? date.substring(0, 10) : date));
      } catch (IllegalArgumentException e) {
        d.warning("birthDate", e.getMessage() + "; left out");
      }
    }
    countries(values(props, "nationality", d), "nationality", d, true);
    for (String property : List.of("citizenship", "country", "jurisdiction", "mainCountry", "flag")) {
      countries(values(props, property, d), property, d, false);
    }
    for (Map.Entry<String, IdentifierType> id : IDENTIFIERS.entrySet()) {
      values(props, id.getKey(), d).forEach(v -> d.identifier(Identifier.of(id.getValue(), v)));
    }
    for (String imo : values(props, "imoNumber", d)) {
      imo(imo, d);
    }
    values(props, "programId", d).forEach(d::program);
    values(props, "program", d).forEach(d::program);
    for (String date : values(props, "listingDate", d)) {
      try {
        d.listedOn(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date));
      } catch (DateTimeParseException e) {
        d.warning("listingDate", Texts.quote(date) + " is not a date; left out");
      }
    }
    List<String> notes = values(props, "notes", d);
    d.remarks(notes.isEmpty() ? null : String.join("\n", notes));
  }

  private static void countries(List<String> codes, String property, EntryDraft d, boolean nationality) {
    for (String code : codes) {
      var iso = Countries.byCode(code);
      if (iso.isEmpty()) {
        d.warning(property, Texts.quote(code) + " is not an ISO alpha-2 country code; left out");
      } else if (nationality) {
        d.nationality(iso.get());
      } else {
        d.country(iso.get());
      }
    }
  }

  /** FtM writes IMO numbers with or without the prefix: "IMO 9074729", "9074729". */
  private static void imo(String value, EntryDraft d) {
    String digits = value.replaceFirst("(?i)^\\s*IMO\\s*", "").strip();
    boolean valid = d.type() == EntityType.VESSEL
        ? Imo.isShipNumber(digits)
        : Imo.isShipNumber(digits) || Imo.isCompanyNumber(digits);
    if (valid) {
      d.identifier(Identifier.of(IdentifierType.IMO, digits));
    } else {
      d.warning("imo", "IMO " + Texts.quote(value) + " fails the IMO check digit; not kept");
    }
  }

  /** The property's values; FtM writes lists of strings, but a bare string is accepted too. */
  static List<String> values(JsonNode props, String property, EntryDraft d) {
    JsonNode v = props.get(property);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      add(out, v.asText());
    } else if (v.isArray()) {
      for (JsonNode item : v) {
        if (item.isTextual()) {
          add(out, item.asText());
        } else {
          d.warning(property, "value " + item + " is not a string; left out");
        }
      }
    } else {
      d.warning(property, "is not a list of strings; left out");
    }
    return out;
  }

  private static void add(List<String> out, String value) {
    String v = Texts.clean(value);
    if (v != null) {
      out.add(v);
    }
  }
}

package org.kenmon.lists.un;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.Countries;
import org.kenmon.lists.internal.BirthDates;
import org.kenmon.lists.internal.EntryDraft;
import org.kenmon.lists.internal.Texts;
import org.kenmon.lists.remarks.Imo;
import org.kenmon.lists.remarks.RemarkFacts;
import org.kenmon.lists.remarks.Remarks;

/** Maps one UN {@code INDIVIDUAL} or {@code ENTITY} to an entry. */
final class UnMapper {
  /**
   * Words that make a name an organisation's. The UN list has no vessel records; its entities
   * that cite IMO numbers are shipping companies citing their IMO company numbers.
   */
  private static final Pattern ORGANISATION_WORDS = Pattern.compile("\\b(CO|COMPANY|CORP|CORPORATION|LTD|LIMITED|"
      + "LLC|INC|JV|PTE|SA|S\\.A|GMBH|SHIPPING|SHPG|MANAGEMENT|MARITIME|MARINE|TRADING|GROUP|BANK|ENTERPRISES?|"
      + "AGENCY|LINES?|INTERNATIONAL|HOLDINGS?|TECHNOLOGY|FREIGHT|ENERGY)\\b", Pattern.CASE_INSENSITIVE);

  /** Passport, passeport (French), pasaporte (Spanish): the UN uses all three. */
  private static final Pattern PASSPORT = Pattern.compile("pass|pasaport");

  private UnMapper() {}

  static void map(XmlNode r, EntryDraft d) {
    d.id(r.text("REFERENCE_NUMBER"));
    boolean person = r.name().equals("INDIVIDUAL");
    String name = person ? personName(r) : r.text("FIRST_NAME");
    String comments = r.text("COMMENTS1");
    d.type(person ? EntityType.PERSON : entityType(name, comments));
    d.name(name, NameStrength.PRIMARY);
    d.name(r.text("NAME_ORIGINAL_SCRIPT"), NameStrength.STRONG);
    for (XmlNode alias : r.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      alias(alias, d);
    }
    d.program(r.text("UN_LIST_TYPE"));
    listedOn(r.text("LISTED_ON"), d);
    for (XmlNode dob : r.all("INDIVIDUAL_DATE_OF_BIRTH")) {
      birthDate(dob, d);
    }
    for (XmlNode nationality : r.all("NATIONALITY")) {
      for (XmlNode value : nationality.all("VALUE")) {
        // Unmapped values ("na", "former Soviet Union") are left out without a problem: they are
        // what the UN publishes, not a fault in the file.
        Countries.byName(Texts.clean(value.text())).ifPresent(d::nationality);
      }
    }
    for (XmlNode address : r.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      Countries.byName(address.text("COUNTRY")).ifPresent(d::country);
    }
    for (XmlNode document : r.all("INDIVIDUAL_DOCUMENT")) {
      document(document, d);
    }
    d.remarks(comments);
    RemarkFacts facts = Remarks.extract(comments, d.type());
    facts.identifiers().forEach(d::identifier);
    for (String imo : facts.rejectedImo()) {
      d.warning("imo", "IMO " + imo + " in COMMENTS1 fails the IMO check digit; not kept");
    }
  }

  private static String personName(XmlNode r) {
    StringJoiner name = new StringJoiner(" ");
    for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      String p = r.text(part);
      if (p != null) {
        name.add(p);
      }
    }
    return name.toString();
  }

  /**
   * A UN entity is a vessel only when its comments cite IMO numbers that are all valid ship
   * numbers and not valid company numbers, and its name has no organisation word. Otherwise it is
   * an organisation, the safe reading: every UN entity of 2026-02-27 that cites an IMO number is a
   * shipping company.
   */
  static EntityType entityType(String name, String comments) {
    List<String> imo = Remarks.imoCandidates(comments);
    boolean shipNumbersOnly = !imo.isEmpty()
        && imo.stream().allMatch(n -> Imo.isShipNumber(n) && !Imo.isCompanyNumber(n));
    boolean organisationName = name != null && ORGANISATION_WORDS.matcher(name).find();
    return shipNumbersOnly && !organisationName ? EntityType.VESSEL : EntityType.ORGANIZATION;
  }

  private static void alias(XmlNode alias, EntryDraft d) {
    String name = alias.text("ALIAS_NAME");
    if (name == null) {
      return;
    }
    String quality = alias.text("QUALITY");
    String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
    switch (q) {
      case "low":
        d.name(name, NameStrength.WEAK);
        break;
      case "good":
      case "a.k.a.":
      case "f.k.a.":
      case "":
        d.name(name, NameStrength.STRONG);
        break;
      default:
        d.warning("alias", "unknown alias QUALITY " + Texts.quote(quality) + " of " + Texts.quote(name)
            + "; kept as a strong alias");
        d.name(name, NameStrength.STRONG);
    }
  }

  private static void listedOn(String text, EntryDraft d) {
    if (text == null) {
      return;
    }
    // Some dates carry a time zone, as XML Schema dates may: 2015-04-07-04:00.
    try {
      d.listedOn(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      d.warning("listed_on", "LISTED_ON " + Texts.quote(text) + " is not a date (YYYY-MM-DD); left out");
    }
  }

  private static void birthDate(XmlNode dob, EntryDraft d) {
    String type = dob.text("TYPE_OF_DATE");
    String date = dob.text("DATE");
    String year = dob.text("YEAR");
    String from = dob.text("FROM_YEAR");
    String to = dob.text("TO_YEAR");
    try {
      BirthDate value = birthDate(type == null ? "EXACT" : type.toUpperCase(Locale.ROOT), date, year, from, to);
      if (value != null) {
        d.birthDate(value);
      }
    } catch (RuntimeException e) {
      d.warning("dob", "date of birth at line " + dob.line() + " (" + type + " " + (date != null ? date
          : year != null ? year : from + "-" + to) + ") cannot be read; left out");
    }
  }

  private static BirthDate birthDate(String type, String date, String year, String from, String to) {
    Integer y = date != null ? Integer.valueOf(LocalDate.parse(date.substring(0, 10)).getYear())
        : year != null ? Integer.valueOf(year) : null;
    switch (type) {
      case "BETWEEN":
        if (from == null || to == null) {
          return y == null ? null : BirthDate.year(y);
        }
        return BirthDate.between(Integer.parseInt(from), Integer.parseInt(to));
      case "APPROXIMATELY":
        return y == null ? null : BirthDates.circa(y);
      default:
        if (date != null) {
          return BirthDate.of(LocalDate.parse(date.substring(0, 10)));
        }
        return y == null ? null : BirthDate.year(y);
    }
  }

  private static void document(XmlNode doc, EntryDraft d) {
    String number = doc.text("NUMBER");
    if (number == null) {
      return;
    }
    String country = doc.text("ISSUING_COUNTRY");
    if (country == null) {
      country = doc.text("COUNTRY_OF_ISSUE");
    }
    IdentifierType type = documentType(doc.text("TYPE_OF_DOCUMENT"), doc.text("TYPE_OF_DOCUMENT2"));
    d.identifier(new Identifier(type, number, Countries.byName(country).orElse(null)));
  }

  /**
   * The UN files every non-passport document as "National Identification Number" and says what
   * it really is in TYPE_OF_DOCUMENT2. Ration cards, birth certificates, voter, student and
   * driving documents are not national ids, so they become {@code OTHER} (not decisive).
   */
  static IdentifierType documentType(String type, String type2) {
    String detail = type2 == null ? "" : type2.toLowerCase(Locale.ROOT);
    String main = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (!detail.isEmpty()) {
      if (PASSPORT.matcher(detail).find()) {
        return IdentifierType.PASSPORT;
      }
      if (detail.matches(".*(national|identi|civil|personal|tazkira|fiscal code|social security).*")
          && !detail.matches(".*(ration|birth|voter|student|driver|military|ex-serviceman|residential|"
              + "certificate).*")) {
        return IdentifierType.NATIONAL_ID;
      }
      return IdentifierType.OTHER;
    }
    if (PASSPORT.matcher(main).find()) {
      return IdentifierType.PASSPORT;
    }
    return main.contains("identi") ? IdentifierType.NATIONAL_ID : IdentifierType.OTHER;
  }
}

package org.kenmon.lists.ofac;

import java.util.List;
import java.util.Locale;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.Countries;
import org.kenmon.lists.internal.EntryDraft;
import org.kenmon.lists.internal.Texts;
import org.kenmon.lists.remarks.RemarkFacts;
import org.kenmon.lists.remarks.Remarks;

/** Maps OFAC rows to an entry: the {@code sdn.csv} row first, then aliases, addresses, remarks. */
final class OfacMapper {
  static final int SDN_FIELDS = 12;
  static final int ALT_FIELDS = 5;
  static final int ADD_FIELDS = 6;

  private OfacMapper() {}

  /**
   * The primary row: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage,
   * GRT, Vess_flag, Vess_owner, Remarks. Title, vessel type, tonnage and owner are not mapped.
   */
  static void primary(List<String> f, EntryDraft d) {
    String entNum = Texts.clean(f.get(0));
    d.id(entNum);
    if (entNum != null && !entNum.matches("\\d+")) {
      d.error("ent_num", "ent_num " + Texts.quote(entNum) + " is not a number");
    }
    d.type(type(Texts.clean(f.get(2))));
    String name = Texts.clean(f.get(1));
    if (name != null && d.type() == EntityType.PERSON) {
      d.name(OfacNames.flip(name), NameStrength.PRIMARY);
      // The published "SURNAME, Given" form is kept too: OFAC's own search shows it, the
      // OFAC-parity test cases quote it, and for Chinese and Korean names it is the natural order.
      d.name(name, NameStrength.STRONG);
    } else {
      d.name(name, NameStrength.PRIMARY);
    }
    String programs = Texts.clean(f.get(3));
    if (programs != null) {
      for (String p : programs.split("\\]\\s*\\[")) {
        d.program(p.replace("[", "").replace("]", ""));
      }
    }
    String callSign = Texts.clean(f.get(5));
    if (callSign != null) {
      d.identifier(Identifier.of(IdentifierType.CALL_SIGN, callSign));
    }
    Countries.byName(Texts.clean(f.get(9))).ifPresent(d::country);
  }

  static EntityType type(String sdnType) {
    String t = sdnType == null ? "" : sdnType.toLowerCase(Locale.ROOT);
    switch (t) {
      case "individual":
        return EntityType.PERSON;
      case "vessel":
        return EntityType.VESSEL;
      case "aircraft":
        return EntityType.AIRCRAFT;
      default:
        return EntityType.ORGANIZATION;
    }
  }

  /** An alt.csv row: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks. */
  static void alias(List<String> f, EntryDraft d, String file, int line, WarningSink warnings) {
    String name = Texts.clean(f.get(3));
    if (name == null) {
      warnings.warn(file, line, d.entryId() + ".alias", "alias without a name");
      return;
    }
    String altType = Texts.clean(f.get(2));
    String remarks = Texts.clean(f.get(4));
    String t = altType == null ? "" : altType.toLowerCase(Locale.ROOT);
    if (!t.equals("aka") && !t.equals("fka") && !t.equals("nka")) {
      warnings.warn(file, line, d.entryId() + ".alias", "unknown alt_type " + Texts.quote(altType) + " of "
          + Texts.quote(name) + "; kept as a strong alias");
    }
    boolean weak = remarks != null && remarks.toLowerCase(Locale.ROOT).contains("weak");
    d.name(personal(name, d), weak ? NameStrength.WEAK : NameStrength.STRONG);
  }

  /** An add.csv row: ent_num, add_num, address, city/state/postal code, country, add_remarks. */
  static void address(List<String> f, EntryDraft d) {
    Countries.byName(Texts.clean(f.get(4))).ifPresent(d::country);
  }

  /** The remarks of sdn.csv with their continuation from sdn_comments.csv. */
  static void remarks(String remarks, EntryDraft d) {
    d.remarks(remarks);
    RemarkFacts facts = Remarks.extract(remarks, d.type());
    facts.birthDates().forEach(d::birthDate);
    facts.nationalities().forEach(d::nationality);
    facts.citizenships().forEach(d::country);
    facts.identifiers().forEach(d::identifier);
    for (String weak : facts.weakAliases()) {
      d.name(personal(weak, d), NameStrength.WEAK);
    }
    for (String imo : facts.rejectedImo()) {
      d.warning("imo", "IMO " + imo + " in the remarks fails the IMO check digit"
          + (d.type() == EntityType.VESSEL ? " for a ship" : "") + "; not kept");
    }
    for (String clause : facts.unparsed()) {
      d.warning("dob", "cannot read " + Texts.quote(clause) + "; left out");
    }
  }

  private static String personal(String name, EntryDraft d) {
    return d.type() == EntityType.PERSON ? OfacNames.flip(name) : name;
  }

  /** Where warnings about the side files go. */
  interface WarningSink {
    void warn(String file, int line, String field, String message);
  }
}

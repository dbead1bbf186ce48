package org.kenmon.lists.remarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.lists.Countries;

/**
 * Extracts identifiers from remark text. Two kinds of rule:
 *
 * <ul>
 *   <li>clauses, for OFAC's {@code ;}-separated remarks (an {@code alt.} prefix is ignored):
 *       {@code DOB …}, {@code nationality …}, {@code citizen …}, {@code Passport 563120630 (Korea,
 *       North)}, national ids ({@code National ID No.}, {@code Cedula No.}, {@code D.N.I.}, {@code
 *       C.U.R.P.}, {@code Identification Number}, …) and quoted weak aliases {@code a.k.a. 'BNC'};
 *   <li>markers found anywhere, which also work in the UN's prose comments: {@code IMO 8914934},
 *       {@code IMO number: 8914934}, {@code MMSI 572469210}, {@code Digital Currency Address - XBT
 *       …}, {@code SWIFT/BIC KDBKKPPY}, and e-mail addresses.
 * </ul>
 *
 * <p>IMO numbers are checked against their check digit ({@link Imo}): a vessel's must be a valid
 * ship number; anyone else's may be a ship or a company number. The rest go to {@link
 * RemarkFacts#rejectedImo()}. Not extracted: registration, tax and trade licence numbers, places of
 * birth, phone numbers, addresses.
 */
public final class Remarks {
  private static final Pattern ALT = Pattern.compile("^alt\\.\\s+");
  private static final Pattern DOB = Pattern.compile("^DOB\\s+(.+)$");
  private static final Pattern NATIONALITY = Pattern.compile("^nationality\\s+(.+)$");
  private static final Pattern CITIZEN = Pattern.compile("^citizen\\s+(.+)$");
  private static final Pattern PASSPORT = Pattern.compile("^(?:[Dd]iplomatic\\s+)?Passport(?:\\s+No\\.?)?\\s*:?\\s+(.+)$");
  private static final Pattern NATIONAL_ID = Pattern.compile("^(?:National ID No\\.|National Identification "
      + "Number|National Identity Card|Cedula No\\.|D\\.N\\.I\\.|C\\.U\\.R\\.P\\.|Identification Number|Personal ID "
      + "Card|Citizen's Card Number)\\s*:?\\s*(.+)$");
  private static final Pattern DOCUMENT = Pattern.compile(
      "^(.+?)(?:\\s+\\(([^()]+)\\))?(?:\\s+(?:issued|expires|expiring|valid)\\b.*)?$");
  private static final Pattern WEAK_ALIAS = Pattern.compile("^[afn]\\.k\\.a\\.,?\\s+'(.+)'$");
  private static final Pattern IMO = Pattern.compile("\\bIMO\\)?\\s*(?:[Nn]umber|No\\.?)?\\s*:?\\s*(\\d{7})(?!\\d)");
  private static final Pattern MMSI = Pattern.compile("\\bMMSI\\s*:?\\s*(\\d{9})(?!\\d)");
  private static final Pattern CRYPTO =
      Pattern.compile("Digital Currency Address - ([A-Za-z0-9]{2,10})\\s+([A-Za-z0-9]{20,120})");
  private static final Pattern SWIFT =
      Pattern.compile("\\bSWIFT(?:/BIC)?\\s*(?:[Cc]ode)?\\s*:?\\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b");
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private Remarks() {}

  /**
   * Everything the remark text says that Kenmon can use.
   *
   * @param type the record's type, which decides which IMO check digit applies
   */
  public static RemarkFacts extract(String text, EntityType type) {
    Facts f = new Facts();
    if (text == null || text.isBlank()) {
      return f.done();
    }
    for (String raw : text.split(";")) {
      clause(clean(raw), f);
    }
    for (String number : imoCandidates(text)) {
      boolean valid = type == EntityType.VESSEL
          ? Imo.isShipNumber(number)
          : Imo.isShipNumber(number) || Imo.isCompanyNumber(number);
      if (valid) {
        f.identifiers.add(Identifier.of(IdentifierType.IMO, number));
      } else {
        f.rejectedImo.add(number);
      }
    }
    find(MMSI, text, 1, IdentifierType.MMSI, f);
    find(CRYPTO, text, 2, IdentifierType.CRYPTO_ADDRESS, f);
    Matcher swift = SWIFT.matcher(text);
    while (swift.find()) {
      if (Countries.byCode(swift.group(1).substring(4, 6)).isPresent()) {
        f.identifiers.add(Identifier.of(IdentifierType.SWIFT_BIC, swift.group(1)));
      }
    }
    find(EMAIL, text, 0, IdentifierType.EMAIL, f);
    return f.done();
  }

  /** Every seven-digit number printed as an IMO number, valid or not, in order. */
  public static List<String> imoCandidates(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      Matcher m = IMO.matcher(text);
      while (m.find()) {
        if (!out.contains(m.group(1))) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  private static String clean(String clause) {
    String c = ALT.matcher(clause.strip()).replaceFirst("");
    return c.endsWith(".") && !c.endsWith("..") ? c.substring(0, c.length() - 1).strip() : c;
  }

  private static void clause(String c, Facts f) {
    Matcher m;
    if ((m = DOB.matcher(c)).matches()) {
      BirthDate date = RemarkDates.parse(m.group(1));
      if (date == null) {
        f.unparsed.add(c);
      } else {
        f.birthDates.add(date);
      }
    } else if ((m = NATIONALITY.matcher(c)).matches()) {
      Countries.byName(m.group(1)).ifPresent(f.nationalities::add);
    } else if ((m = CITIZEN.matcher(c)).matches()) {
      Countries.byName(m.group(1)).ifPresent(f.citizenships::add);
    } else if ((m = PASSPORT.matcher(c)).matches()) {
      document(IdentifierType.PASSPORT, m.group(1), f);
    } else if ((m = NATIONAL_ID.matcher(c)).matches() && !m.group(1).startsWith("IMO")) {
      document(IdentifierType.NATIONAL_ID, m.group(1), f);
    } else if ((m = WEAK_ALIAS.matcher(c)).matches()) {
      f.weakAliases.add(m.group(1).strip());
    }
  }

  private static void document(IdentifierType type, String body, Facts f) {
    Matcher d = DOCUMENT.matcher(body.strip());
    if (!d.matches()) {
      return;
    }
    String number = d.group(1).strip();
    if (!number.matches(".*\\d.*") || number.replaceAll("[^A-Za-z0-9]", "").length() < 3) {
      return;
    }
    Optional<String> country = d.group(2) == null ? Optional.empty() : Countries.byName(d.group(2));
    f.identifiers.add(new Identifier(type, number, country.orElse(null)));
  }

  private static void find(Pattern p, String text, int group, IdentifierType type, Facts f) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      f.identifiers.add(Identifier.of(type, m.group(group)));
    }
  }

  /** Mutable collector for one extraction. */
  private static final class Facts {
    final List<BirthDate> birthDates = new ArrayList<>();
    final List<String> nationalities = new ArrayList<>();
    final List<String> citizenships = new ArrayList<>();
    final List<Identifier> identifiers = new ArrayList<>();
    final List<String> weakAliases = new ArrayList<>();
    final List<String> rejectedImo = new ArrayList<>();
    final List<String> unparsed = new ArrayList<>();

    RemarkFacts done() {
      return new RemarkFacts(birthDates, nationalities, citizenships, identifiers, weakAliases, rejectedImo, unparsed);
    }
  }
}

package org.kenmon.bench.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;

/**
 * Parties taken from the sanctions lists that are screened against, as a ledger might write them:
 * the listed spelling, or a variant (case changed, words in the other order, a legal form
 * dropped, one letter wrong). These are the true and near hits among the counterparties.
 */
final class ListNames {
  final List<Counterparty> people = new ArrayList<>();
  final List<Counterparty> organisations = new ArrayList<>();
  final List<Counterparty> banks = new ArrayList<>();
  final List<Ship> ships = new ArrayList<>();

  ListNames(List<ListEntry> entries) {
    for (ListEntry e : entries) {
      String country = !e.nationalities().isEmpty() ? e.nationalities().get(0)
          : !e.countries().isEmpty() ? e.countries().get(0) : null;
      for (EntityName n : e.names()) {
        if (n.strength() == NameStrength.WEAK) {
          continue;
        }
        if (e.type() == EntityType.PERSON) {
          BirthDate d = e.birthDates().isEmpty() ? null : e.birthDates().get(0);
          String dob = d != null && d.isExactDay() ? d.toString() : null;
          people.add(new Counterparty(n.value(), country, country, dob));
        } else if (e.type() == EntityType.VESSEL) {
          String imo = e.identifiers().stream().filter(i -> i.type() == IdentifierType.IMO).map(Identifier::value)
              .filter(Imo::isValid).findFirst().orElse(null);
          ships.add(new Ship(n.value(), imo, country));
        } else if (n.value().toUpperCase(Locale.ROOT).contains("BANK")) {
          banks.add(Counterparty.organisation(n.value(), country));
        } else {
          organisations.add(Counterparty.organisation(n.value(), country));
        }
      }
    }
  }

  /**
   * The {@code k}-th way of writing a listed name: as listed (k = 0), then with the case changed,
   * the words in the other order or the last word dropped, and one letter wrong; the wrong letter
   * (which one, and what it becomes) follows from k, so the variants do not repeat for k up to 25
   * times the name's letters.
   */
  static String variant(String name, long k) {
    if (k == 0) {
      return name;
    }
    String[] words = name.split(" ");
    String base = switch ((int) (k % 4)) {
      case 1 -> name.toUpperCase(Locale.ROOT);
      case 2 -> words.length < 2 ? name
          : words[words.length - 1] + " " + String.join(" ", List.of(words).subList(0, words.length - 1));
      case 3 -> words.length < 3 ? name : String.join(" ", List.of(words).subList(0, words.length - 1));
      default -> name;
    };
    return typo(base, k);
  }

  /** One letter replaced: which letter and by what both follow from {@code k}. */
  private static String typo(String name, long k) {
    int[] cps = name.codePoints().toArray();
    int letters = 0;
    for (int c : cps) {
      letters += Character.isLetter(c) ? 1 : 0;
    }
    if (letters == 0) {
      return name + " " + k;
    }
    long nth = k % letters;
    int shift = (int) (1 + (k / letters) % 25);
    for (int i = 0; i < cps.length; i++) {
      if (Character.isLetter(cps[i]) && nth-- == 0) {
        int c = cps[i];
        if (c < 128) {
          int base = Character.isUpperCase(c) ? 'A' : 'a';
          cps[i] = base + (Character.toLowerCase(c) - 'a' + shift) % 26;
        } else {
          cps[i] = c + shift;
        }
        break;
      }
    }
    return new String(cps, 0, cps.length);
  }
}

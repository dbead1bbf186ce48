package org.kenmon.lists.remarks;

import java.util.List;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.Identifier;

/**
 * What {@link Remarks#extract} found in one remark text.
 *
 * @param birthDates dates of birth ({@code DOB …})
 * @param nationalities ISO alpha-2 nationalities ({@code nationality …}); names that are not
 *     countries are left out
 * @param citizenships ISO alpha-2 countries of citizenship ({@code citizen …})
 * @param identifiers passports, national ids, IMO, MMSI, crypto addresses, SWIFT/BIC, e-mail
 * @param weakAliases quoted names ({@code a.k.a. 'BNC'}): OFAC publishes its weak aliases this way
 * @param rejectedImo seven-digit numbers printed as IMO whose check digit is wrong
 * @param unparsed clauses that looked like a date of birth but could not be read
 */
public record RemarkFacts(List<BirthDate> birthDates, List<String> nationalities, List<String> citizenships,
    List<Identifier> identifiers, List<String> weakAliases, List<String> rejectedImo, List<String> unparsed) {

  public RemarkFacts {
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    citizenships = List.copyOf(citizenships);
    identifiers = List.copyOf(identifiers);
    weakAliases = List.copyOf(weakAliases);
    rejectedImo = List.copyOf(rejectedImo);
    unparsed = List.copyOf(unparsed);
  }
}

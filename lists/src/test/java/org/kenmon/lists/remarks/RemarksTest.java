package org.kenmon.lists.remarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;

/**
 * Remark strings copied from the shipped files (OFAC SDN CSV 2021, UN list 2026-02-27), with what
 * must be found in each. Identifiers are written {@code type:value@country}.
 */
class RemarksTest {

  record Case(String source, String text, EntityType type, List<String> dobs, List<String> nationalities,
      List<String> citizenships, List<String> identifiers, List<String> weakAliases, List<String> rejectedImo) {
    @Override
    public String toString() {
      return source;
    }
  }

  private static Case c(String source, String text, EntityType type, List<String> dobs, List<String> nationalities,
      List<String> identifiers, List<String> weakAliases) {
    return new Case(source, text, type, dobs, nationalities, List.of(), identifiers, weakAliases, List.of());
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("OFAC 306", "a.k.a. 'BNC'.", EntityType.ORGANIZATION, List.of(), List.of(), List.of(), List.of("BNC")),
        c("OFAC 17616 RYU Jin",
            "DOB 07 Aug 1965; nationality Korea, North; Secondary sanctions risk: North Korea Sanctions Regulations, "
                + "sections 510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. "
                + "Financial Institutions: North Korea Sanctions Regulations section 510.214; Passport 563410081; "
                + "KOMID official in Syria.",
            EntityType.PERSON, List.of("1965-08-07"), List.of("KP"), List.of("passport:563410081@"), List.of()),
        c("OFAC 18552 HWANG Su Man",
            "DOB 06 Apr 1955; nationality Korea, North; Secondary sanctions risk: North Korea Sanctions Regulations, "
                + "sections 510.201 and 510.210; Passport 472220033 (Korea, North); Linked To: KOREA KWANGSON "
                + "BANKING CORP.",
            EntityType.PERSON, List.of("1955-04-06"), List.of("KP"), List.of("passport:472220033@KP"), List.of()),
        c("OFAC 11375 JAVAID Nasir",
            "DOB circa 1956; alt. DOB circa 1958; alt. DOB circa 1965; POB Pakistan; nationality Pakistan; From "
                + "Gujranwala, Punjab province, Pakistan; a.k.a. 'ABU ISHMAEL'.",
            EntityType.PERSON, List.of("1955-1957", "1957-1959", "1964-1966"), List.of("PK"), List.of(),
            List.of("ABU ISHMAEL")),
        c("OFAC 16540 SADIKOV", "DOB 01 Jan 1977 to 31 Dec 1985; nationality Uzbekistan.", EntityType.PERSON,
            List.of("1977-1985"), List.of("UZ"), List.of(), List.of()),
        c("OFAC 16605 NOMURA", "DOB 26 Sep 1946 to 07 Dec 1946.", EntityType.PERSON, List.of("1946"), List.of(),
            List.of(), List.of()),
        c("OFAC DOB forms", "DOB 1960; alt. DOB Mar 1970; alt. DOB Mar 1970 to Feb 1971; alt. DOB circa 1966-1967",
            EntityType.PERSON, List.of("1960", "1970-03", "1970-1971", "1965-1968"), List.of(), List.of(), List.of()),
        c("OFAC 19570 EVER BRIGHT 88",
            "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Vessel "
                + "Registration Identification IMO 8914934; Linked To: OCEAN MARITIME MANAGEMENT COMPANY LIMITED.",
            EntityType.VESSEL, List.of(), List.of(), List.of("imo:8914934@"), List.of()),
        c("OFAC 17067 CHONGCHONGANG (company number)",
            "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea "
                + "Sanctions Regulations section 510.214; Identification Number IMO 5342883.",
            EntityType.ORGANIZATION, List.of(), List.of(), List.of("imo:5342883@"), List.of()),
        c("OFAC 12312 KOREA DAESONG BANK",
            "SWIFT/BIC KDBKKPPY; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and "
                + "510.210; PHONE 850 2 381 8221; FAX 850 2 381 4576; TELEX 360230 and 37041 KDP KP; TGMS "
                + "daesongbank; EMAIL kdb@co.chesin.com.",
            EntityType.ORGANIZATION, List.of(), List.of(), List.of("swift_bic:KDBKKPPY@", "email:kdb@co.chesin.com@"),
            List.of()),
        c("OFAC 29703 (continuation)",
            "s - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c; Phone Number 79315403678; Digital Currency Address - "
                + "LTC LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS; alt. Digital Currency Address - ZEC "
                + "t1WSKwCDL1QYRRUrCCknEs5tDLhtGVYu9KM; Passport 4005504207 (Russia).",
            EntityType.PERSON, List.of(), List.of(),
            List.of("passport:4005504207@RU", "crypto_address:LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS@",
                "crypto_address:t1WSKwCDL1QYRRUrCCknEs5tDLhtGVYu9KM@"),
            List.of()),
        c("OFAC 12300 CIFUENTES VILLA",
            "DOB 13 May 1965; alt. DOB 13 Apr 1968; POB Medellin, Colombia; Cedula No. 7548733 (Colombia); alt. "
                + "Cedula No. 172489729-1 (Ecuador); Passport AL720622 (Colombia); R.F.C. CIVJ650513LJA (Mexico); "
                + "C.U.R.P. CIVJ650513HNEFLR06 (Mexico); Linked To: BIO FORESTAL S.A.S.",
            EntityType.PERSON, List.of("1965-05-13", "1968-04-13"), List.of(),
            List.of("national_id:7548733@CO", "national_id:172489729-1@EC", "passport:AL720622@CO",
                "national_id:CIVJ650513HNEFLR06@MX"),
            List.of()),
        c("OFAC passports with issue and expiry",
            "alt. Passport G 649385 issued 08 Sep 2006 expires 17 Jul 2011; National ID No. D489833(9) (Hong Kong); "
                + "National ID No. 660000 73767 (Belgium)",
            EntityType.PERSON, List.of(), List.of(),
            List.of("passport:G 649385@", "national_id:D489833(9)@HK", "national_id:660000 73767@BE"), List.of()),
        c("OFAC 10851 DELOS REYES",
            "DOB 04 Nov 1963; POB Arco, Lamitan, Basilan Province, Philippines; nationality Philippines; a.k.a. "
                + "'ABDILLAH, Abdul'.",
            EntityType.PERSON, List.of("1963-11-04"), List.of("PH"), List.of(), List.of("ABDILLAH, Abdul")),
        c("OFAC 4243 SAND SWAN", "f.k.a. 'ANA I'.", EntityType.VESSEL, List.of(), List.of(), List.of(),
            List.of("ANA I")),
        c("UN KPe.020 (prose, company number)",
            "Ocean Maritime Management Company, Limited is the operator/manager of the vessel Chong Chon Gang. "
                + "International Maritime Organization (IMO) Number: 1790183.",
            EntityType.ORGANIZATION, List.of(), List.of(), List.of("imo:1790183@"), List.of()),
        c("UN KPe.065 (company number)", "Registered owner of the DPRK tanker YU JONG 2. Company Number IMO 5434358.",
            EntityType.ORGANIZATION, List.of(), List.of(), List.of("imo:5434358@"), List.of()),
        c("UN KPe.023", "SWIFT: DCBKKPPY. Daedong Credit Bank has provided financial services to the Korea Mining "
                + "Development Trading Corporation.",
            EntityType.ORGANIZATION, List.of(), List.of(), List.of("swift_bic:DCBKKPPY@"), List.of()),
        c("UN CDe.005", "Email: Fdlr@fmx.de; fldrrse@yahoo.fr; fdlr@gmx.net. INTERPOL-UN Security Council Special "
                + "Notice web link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals",
            EntityType.ORGANIZATION, List.of(), List.of(),
            List.of("email:Fdlr@fmx.de@", "email:fldrrse@yahoo.fr@", "email:fdlr@gmx.net@"), List.of()),
        c("UN QDi.001 (no identifiers)", "Deputy head of the military wing of Al-Qaida (QDe.004). Gender: male.",
            EntityType.PERSON, List.of(), List.of(), List.of(), List.of()),
        new Case("company number on a vessel", "Vessel Registration Identification IMO 5342883.", EntityType.VESSEL,
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of("5342883")),
        new Case("OFAC citizen and unmapped nationality", "nationality possibly Palestinian; citizen Mexico; alt. "
                + "citizen Korea, North", EntityType.PERSON, List.of(), List.of(), List.of("MX", "KP"), List.of(),
            List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extract_realRemarks_findsWhatTheyHold(Case c) {
    RemarkFacts f = Remarks.extract(c.text(), c.type());
    assertThat(f.birthDates()).extracting(Object::toString).containsExactlyElementsOf(c.dobs());
    assertThat(f.nationalities()).containsExactlyElementsOf(c.nationalities());
    assertThat(f.citizenships()).containsExactlyElementsOf(c.citizenships());
    assertThat(f.identifiers()).extracting(RemarksTest::show).containsExactlyInAnyOrderElementsOf(c.identifiers());
    assertThat(f.weakAliases()).containsExactlyElementsOf(c.weakAliases());
    assertThat(f.rejectedImo()).containsExactlyElementsOf(c.rejectedImo());
  }

  private static String show(Identifier i) {
    return i.type().code() + ":" + i.value() + "@" + Objects.toString(i.country(), "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "IMO 8914934 | VESSEL | 8914934 | ",
      "IMO number: 8914934 | VESSEL | 8914934 | ",
      "IMO Number: 5342883 | VESSEL | | 5342883",
      "IMO Number: 5342883 | ORGANIZATION | 5342883 | ",
      "IMO 9074728 | ORGANIZATION | | 9074728",
      "IMO 12345678 | VESSEL | | ",
      "SALIMOVICH 1234567 | PERSON | | ",
  })
  void extract_imoCheckDigit_decidesKeptOrRejected(String text, EntityType type, String kept, String rejected) {
    RemarkFacts f = Remarks.extract(text, type);
    assertThat(f.identifiers()).extracting(Identifier::value)
        .containsExactlyElementsOf(kept == null ? List.of() : List.of(kept));
    assertThat(f.rejectedImo()).containsExactlyElementsOf(rejected == null ? List.of() : List.of(rejected));
  }

  @Test
  void extract_unreadableDob_isReportedNotGuessed() {
    RemarkFacts f = Remarks.extract("DOB 31 Feb 1960; alt. DOB sometime in the 1960s; DOB 1961", EntityType.PERSON);
    assertThat(f.birthDates()).extracting(Object::toString).containsExactly("1961");
    assertThat(f.unparsed()).containsExactly("DOB 31 Feb 1960", "DOB sometime in the 1960s");
  }

  @Test
  void extract_swiftWithUnknownCountry_isNotTaken() {
    assertThat(Remarks.extract("SWIFT/BIC ABCDZZ2X", EntityType.ORGANIZATION).identifiers()).isEmpty();
  }

  @Test
  void extract_nullOrBlank_findsNothing() {
    assertThat(Remarks.extract(null, EntityType.PERSON).identifiers()).isEmpty();
    assertThat(Remarks.extract("  ", EntityType.PERSON).birthDates()).isEmpty();
  }
}

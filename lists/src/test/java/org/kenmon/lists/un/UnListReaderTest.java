package org.kenmon.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListLimitException;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ReadLimits;
import org.kenmon.lists.TestFiles;
import org.kenmon.problems.Problem;

class UnListReaderTest {
  private static final Path EXCERPT = TestFiles.resource("lists/un/UN_excerpt.xml");
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n<INDIVIDUALS>\n";
  private static final String TAIL = "</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n";

  @TempDir Path dir;

  private static ListReadResult read(Path file) {
    return new UnListReader().read(ListInput.of(file));
  }

  private Map<String, ListEntry> excerpt() {
    return read(EXCERPT).version().entries().stream()
        .collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
  }

  @Test
  void read_excerpt_loadsEveryRecordAsOfDateGenerated() {
    ListReadResult r = read(EXCERPT);
    assertThat(r.read()).isEqualTo(14);
    assertThat(r.loaded()).isEqualTo(14);
    assertThat(r.rejected() + r.skipped()).isZero();
    assertThat(r.problems()).isEmpty();
    assertThat(r.version().listId()).isEqualTo("un-sc");
    assertThat(r.version().format()).isEqualTo("un-xml");
    assertThat(r.version().asOf()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(r.version().sha256()).hasSize(64).isEqualTo(org.kenmon.stamp.Hashing.sha256(readBytes(EXCERPT)));
  }

  @Test
  void read_kpi023_namesDatesNationalityPassport() {
    ListEntry e = excerpt().get("KPi.023");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.name()).isEqualTo("KIM TONG MY’ONG");
    assertThat(e.names()).hasSize(8).filteredOn(n -> n.strength() == NameStrength.STRONG)
        .extracting(EntityName::value).contains("Kim Chin-So’k", "Kim Hyok Chol");
    assertThat(e.birthDates()).extracting(Object::toString).containsExactly("1964", "1962-08-28");
    assertThat(e.nationalities()).containsExactly("KP");
    assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "290320764", "KP"));
    assertThat(e.programs()).containsExactly("DPRK");
    assertThat(e.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
    assertThat(e.remarks()).startsWith("Kim Tong My’ong is the President of Tanchon Commercial Bank");
  }

  @Test
  void read_aliasQuality_lowIsWeakGoodIsStrongOriginalScriptIsStrong() {
    Map<String, ListEntry> all = excerpt();
    assertThat(all.get("KPi.064").names()).containsExactly(
        new EntityName("CH'OE SO’K MIN", NameStrength.PRIMARY), new EntityName("Choe Sok Min", NameStrength.WEAK));
    assertThat(all.get("QDi.001").names()).contains(
        new EntityName("محمد صلاح الدين عبدالحليم زيدان", NameStrength.STRONG),
        new EntityName("Sayf-Al Adl", NameStrength.STRONG),
        new EntityName("Seif al Adel", NameStrength.WEAK));
    assertThat(all.get("KPe.002").names()).extracting(EntityName::strength)
        .containsOnly(NameStrength.PRIMARY, NameStrength.STRONG);
  }

  @Test
  void read_datesOfBirth_exactApproximateBetween() {
    Map<String, ListEntry> all = excerpt();
    // APPROXIMATELY 1966 is read as 1965-1967 (BirthDates.CIRCA_YEARS)
    assertThat(all.get("TAi.004").birthDates()).extracting(Object::toString).containsExactly("1965-1967", "1960", "1953");
    assertThat(all.get("KPi.066").birthDates()).extracting(Object::toString).containsExactly("1967-1969");
    assertThat(all.get("SSi.006").birthDates()).extracting(Object::toString).containsExactly("1957-1959");
  }

  @Test
  void read_listedOnWithTimeZone_isTheDate() {
    assertThat(excerpt().get("SSi.006").listedOn()).isEqualTo(LocalDate.of(2015, 7, 1));
  }

  @Test
  void read_unmappedNationality_isLeftOutSilently() {
    ListEntry e = excerpt().get("QDi.290");
    assertThat(e.nationalities()).containsExactly("RU");
  }

  @Test
  void read_documents_rationCardIsOtherAndRepeatedPassportIsOne() {
    Map<String, ListEntry> all = excerpt();
    assertThat(all.get("QDi.226").identifiers()).extracting(Identifier::type).containsOnly(IdentifierType.OTHER);
    // "Numéro de passeport", "Número de pasaporte" and "Passport" with the same number
    assertThat(all.get("KPi.006").identifiers()).containsExactly(Identifier.of(IdentifierType.PASSPORT, "381420754"));
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Passport | | PASSPORT",
      "Numéro de passeport | | PASSPORT",
      "Número de pasaporte | | PASSPORT",
      "National Identification Number | | NATIONAL_ID",
      "National Identification Number | Afghan national identification card (tazkira) number | NATIONAL_ID",
      "National Identification Number | Italian Fiscal Code: | NATIONAL_ID",
      "National Identification Number | Ration card no. | OTHER",
      "National Identification Number | Birth certificate | OTHER",
      "National Identification Number | Voter ID | OTHER",
      "Passport | national passport | PASSPORT",
      " | Driver's Permit | OTHER",
  })
  void documentType_typeAndDetail(String type, String detail, IdentifierType expected) {
    assertThat(UnMapper.documentType(type, detail)).isEqualTo(expected);
  }

  @Test
  void read_shippingCompaniesWithImo_areOrganisationsWithCompanyNumbers() {
    Map<String, ListEntry> all = excerpt();
    assertThat(all.get("KPe.020").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(all.get("KPe.020").identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "1790183"));
    assertThat(all.get("KPe.022").identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "5342883"));
    assertThat(all.get("KPe.022").countries()).containsExactly("KP");
  }

  @Test
  void read_commentsIdentifiers_swiftAndEmail() {
    Map<String, ListEntry> all = excerpt();
    assertThat(all.get("KPe.023").identifiers()).contains(Identifier.of(IdentifierType.SWIFT_BIC, "DCBKKPPY"));
    assertThat(all.get("CDe.005").identifiers()).filteredOn(i -> i.type() == IdentifierType.EMAIL).hasSize(5);
  }

  @Test
  void entityType_vesselRule() {
    // a ship number (valid only as a ship's) and no organisation word: a vessel
    assertThat(UnMapper.entityType("CHON MA SAN", "DPRK-flagged tanker. IMO number: 8660313.")).isEqualTo(EntityType.VESSEL);
    // a company number
    assertThat(UnMapper.entityType("PAEKMA SHIPPING CO", "IMO number: 5963351.")).isEqualTo(EntityType.ORGANIZATION);
    // a ship number cited by a company: the company owns the ship
    assertThat(UnMapper.entityType("KOREA ACHIM SHIPPING CO", "Owner of CHON MA SAN, IMO 8660313."))
        .isEqualTo(EntityType.ORGANIZATION);
    // valid in both schemes: not clearly a ship
    assertThat(UnMapper.entityType("OMM", "IMO Number: 1790183")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(UnMapper.entityType("ADF", "no numbers")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void read_badRecords_rejectedWithLineAndField_restLoads() {
    String xml = HEAD
        + "<INDIVIDUAL>\n<FIRST_NAME>GOOD</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>\n</INDIVIDUAL>\n"
        + "<INDIVIDUAL>\n<FIRST_NAME></FIRST_NAME><REFERENCE_NUMBER>XXi.002</REFERENCE_NUMBER>\n</INDIVIDUAL>\n"
        + "<INDIVIDUAL>\n<FIRST_NAME>NO REF</FIRST_NAME>\n</INDIVIDUAL>\n"
        + "<INDIVIDUAL>\n<FIRST_NAME>DUP</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>\n</INDIVIDUAL>\n"
        + "<INDIVIDUAL>\n<FIRST_NAME>BAD DATES</FIRST_NAME><REFERENCE_NUMBER>XXi.005</REFERENCE_NUMBER>"
        + "<LISTED_ON>2015-13-45</LISTED_ON><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>"
        + "<DATE>1960-02-31</DATE></INDIVIDUAL_DATE_OF_BIRTH>\n<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT"
        + "</TYPE_OF_DATE><YEAR>1961</YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>\n"
        + TAIL;
    ListReadResult r = read(TestFiles.write(dir, "bad.xml", xml));
    assertThat(r.read()).isEqualTo(5);
    assertThat(r.loaded()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(3);
    assertThat(r.read()).isEqualTo(r.loaded() + r.rejected() + r.skipped());
    assertThat(r.errors()).extracting(Problem::line, Problem::field).containsExactly(
        tuple(7, "XXi.002.name"), tuple(10, "id"), tuple(13, "XXi.001.id"));
    assertThat(r.errors().get(2).message()).isEqualTo("duplicate entry id XXi.001, first at bad.xml:4; the first is kept");
    assertThat(r.errors()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.xml"));
    // a bad date in a published list drops the value, not the designated person
    assertThat(r.warnings()).extracting(Problem::field).containsExactly("XXi.005.listed_on", "XXi.005.dob");
    ListEntry kept = r.version().entries().get(1);
    assertThat(kept.entryId()).isEqualTo("XXi.005");
    assertThat(kept.birthDates()).extracting(Object::toString).containsExactly("1961");
    assertThat(kept.listedOn()).isNull();
  }

  @Test
  void read_externalEntity_refusedAndNeverResolved() {
    Path secret = TestFiles.write(dir, "secret.txt", "TOP SECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">\n]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS><INDIVIDUAL>"
        + "<FIRST_NAME>&xxe;</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>"
        + "</CONSOLIDATED_LIST>";
    assertThatThrownBy(() -> read(TestFiles.write(dir, "xxe.xml", xml)))
        .isInstanceOf(ListReadException.class)
        .hasMessageStartingWith("xxe.xml:")
        .hasMessageContaining("DOCTYPE declarations are refused")
        .hasMessageNotContaining("TOP SECRET");
  }

  @Test
  void read_externalDtd_refused() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST SYSTEM \"http://example.invalid/list.dtd\">\n"
        + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"/>";
    assertThatThrownBy(() -> read(TestFiles.write(dir, "dtd.xml", xml)))
        .isInstanceOf(ListReadException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void read_tooDeep_failsNamingMaxXmlDepth() {
    String deep = "<A>".repeat(10) + "x" + "</A>".repeat(10);
    Path file = TestFiles.write(dir, "deep.xml", HEAD + "<INDIVIDUAL>" + deep + "</INDIVIDUAL>" + TAIL);
    assertThatThrownBy(() -> new UnListReader().read(ListInput.of(file).withLimits(ReadLimits.defaults().withMaxXmlDepth(8))))
        .isInstanceOf(ListLimitException.class)
        .hasMessageContaining("element nesting 9 is over the limit maxXmlDepth=8")
        .satisfies(e -> assertThat(((ListLimitException) e).limit()).isEqualTo("maxXmlDepth"));
  }

  @Test
  void read_longText_failsNamingMaxTextChars() {
    Path file = TestFiles.write(dir, "long.xml", HEAD + "<INDIVIDUAL><COMMENTS1>" + "x".repeat(5000)
        + "</COMMENTS1></INDIVIDUAL>" + TAIL);
    assertThatThrownBy(() -> new UnListReader().read(ListInput.of(file).withLimits(ReadLimits.defaults().withMaxTextChars(1000))))
        .isInstanceOf(ListLimitException.class)
        .hasMessageContaining("maxTextChars=1000");
  }

  @Test
  void read_bigFile_failsNamingMaxFileBytesBeforeParsing() {
    assertThatThrownBy(() -> new UnListReader().read(ListInput.of(EXCERPT).withLimits(ReadLimits.defaults().withMaxFileBytes(1000))))
        .isInstanceOf(ListLimitException.class)
        .hasMessageContaining("file size 29476 bytes is over the limit maxFileBytes=1000");
  }

  @Test
  void read_tooManyRecords_failsNamingMaxEntries() {
    assertThatThrownBy(() -> new UnListReader().read(ListInput.of(EXCERPT).withLimits(ReadLimits.defaults().withMaxEntries(3))))
        .isInstanceOf(ListLimitException.class)
        .hasMessageContaining("4 records is over the limit maxEntries=3");
  }

  @Test
  void read_notWellFormed_failsWithLine() {
    Path file = TestFiles.write(dir, "broken.xml", HEAD + "<INDIVIDUAL>\n<FIRST_NAME>X</FIRST\n</INDIVIDUAL>" + TAIL);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(ListReadException.class)
        .hasMessageStartingWith("broken.xml:5: not well-formed XML");
  }

  @Test
  void read_otherRoot_failsNamingIt() {
    Path file = TestFiles.write(dir, "other.xml", "<sdnList><sdnEntry/></sdnList>");
    assertThatThrownBy(() -> read(file)).hasMessage(
        "other.xml:1: not a UN consolidated list: the root element is <sdnList>, expected <CONSOLIDATED_LIST>");
  }

  @Test
  void read_noDateGenerated_needsAsOf() {
    Path file = TestFiles.write(dir, "nodate.xml", "<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");
    assertThatThrownBy(() -> read(file)).hasMessageContaining("no dateGenerated; give the as-of date");
    ListReadResult r = new UnListReader().read(ListInput.of(file).withAsOf(LocalDate.of(2026, 1, 1)));
    assertThat(r.version().asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(r.read()).isZero();
  }

  @Test
  void read_missingFile_failsNamingIt() {
    assertThatThrownBy(() -> read(dir.resolve("nope.xml")))
        .isInstanceOf(ListReadException.class)
        .hasMessageContaining("no such file");
  }

  private static byte[] readBytes(Path p) {
    try {
      return java.nio.file.Files.readAllBytes(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

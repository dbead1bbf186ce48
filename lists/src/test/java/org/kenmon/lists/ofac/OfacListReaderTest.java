package org.kenmon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.TestFiles;
import org.kenmon.problems.Problem;
import org.kenmon.stamp.Hashing;

class OfacListReaderTest {
  private static final Path DIR = TestFiles.resource("lists/ofac/sdn.csv").getParent();
  private static final LocalDate AS_OF = LocalDate.of(2021, 7, 7);

  @TempDir Path tmp;

  private static ListReadResult read(Path dir) {
    return new OfacListReader().read(ListInput.of(dir).withAsOf(AS_OF));
  }

  private static Map<String, ListEntry> excerpt() {
    return read(DIR).version().entries().stream().collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
  }

  @Test
  void read_excerpt_everyRowLoadedAsOfTheGivenDate() {
    ListReadResult r = read(DIR);
    assertThat(r.read()).isEqualTo(16);
    assertThat(r.loaded()).isEqualTo(16);
    assertThat(r.problems()).isEmpty();
    assertThat(r.version().listId()).isEqualTo("ofac-sdn");
    assertThat(r.version().asOf()).isEqualTo(AS_OF);
    assertThat(r.version().entries()).extracting(ListEntry::type).containsOnly(EntityType.PERSON,
        EntityType.ORGANIZATION, EntityType.VESSEL, EntityType.AIRCRAFT);
  }

  @Test
  void read_sha256_isThatOfTheSha256sumManifest() throws IOException {
    StringBuilder manifest = new StringBuilder();
    for (String f : new String[] {"sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"}) {
      manifest.append(Hashing.sha256(Files.readAllBytes(DIR.resolve(f)))).append("  ").append(f).append('\n');
    }
    assertThat(read(DIR).version().sha256()).isEqualTo(Hashing.sha256(manifest.toString()));
  }

  @Test
  void read_sdnFileGivenInsteadOfFolder_readsTheSet() {
    assertThat(new OfacListReader().read(ListInput.of(DIR.resolve("sdn.csv")).withAsOf(AS_OF)).loaded()).isEqualTo(16);
  }

  @Test
  void read_person_flippedPrimaryPublishedFormAliasesAndWeakAlias() {
    ListEntry e = excerpt().get("10851");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.names().subList(0, 2)).containsExactly(
        new EntityName("Feliciano Semborio DELOS REYES Jr.", NameStrength.PRIMARY),
        new EntityName("DELOS REYES, Feliciano Semborio, Jr.", NameStrength.STRONG));
    assertThat(e.names()).contains(new EntityName("Feliciano DE LOS REYES", NameStrength.STRONG),
        new EntityName("Abdul ABDILLAH", NameStrength.WEAK));
    assertThat(e.birthDates()).extracting(Object::toString).containsExactly("1963-11-04");
    assertThat(e.nationalities()).containsExactly("PH");
  }

  @Test
  void read_weakAkaInRemarks_isWeakAlias() {
    assertThat(excerpt().get("306").names()).containsExactly(
        new EntityName("BANCO NACIONAL DE CUBA", NameStrength.PRIMARY),
        new EntityName("NATIONAL BANK OF CUBA", NameStrength.STRONG),
        new EntityName("BNC", NameStrength.WEAK));
  }

  @Test
  void read_remarksContinuedInComments_areJoinedMidWord() {
    ListEntry e = excerpt().get("28263");
    assertThat(e.remarks()).contains("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
    assertThat(e.names()).contains(new EntityName("snowsjohn", NameStrength.WEAK));
    assertThat(e.programs()).containsExactly("DPRK3", "CYBER2");
    assertThat(e.identifiers()).filteredOn(i -> i.type() == IdentifierType.CRYPTO_ADDRESS).hasSize(8);
    ListEntry cifuentes = excerpt().get("12300");
    assertThat(cifuentes.remarks()).contains("Linked To: PROMO RAIZ S.A.S.;");
  }

  @Test
  void read_continuationWithIdentifiers_extractsThem() {
    ListEntry e = excerpt().get("29703");
    assertThat(e.identifiers()).contains(new Identifier(IdentifierType.PASSPORT, "4005504207", "RU"),
        Identifier.of(IdentifierType.CRYPTO_ADDRESS, "LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS"));
  }

  @Test
  void read_vessel_callSignFlagAndShipImo() {
    Map<String, ListEntry> all = excerpt();
    ListEntry swan = all.get("4243");
    assertThat(swan.type()).isEqualTo(EntityType.VESSEL);
    assertThat(swan.identifiers()).containsExactly(Identifier.of(IdentifierType.CALL_SIGN, "P3QG3"));
    assertThat(swan.countries()).containsExactly("CY");
    assertThat(swan.names()).contains(new EntityName("ANA I", NameStrength.WEAK));
    ListEntry bright = all.get("19570");
    assertThat(bright.identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "8914934"));
    assertThat(bright.countries()).containsExactly("SL");
  }

  @Test
  void read_organisationWithCompanyImo_keepsIt() {
    assertThat(excerpt().get("17067").identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "5342883"));
  }

  @Test
  void read_aircraftAndAddressesAndDates() {
    Map<String, ListEntry> all = excerpt();
    assertThat(all.get("15431").type()).isEqualTo(EntityType.AIRCRAFT);
    assertThat(all.get("306").countries()).containsExactlyInAnyOrder("CH", "ES", "JP", "PA");
    assertThat(all.get("16540").birthDates()).extracting(Object::toString).containsExactly("1977-1985");
    assertThat(all.get("10659").birthDates()).extracting(Object::toString).startsWith("1959-1961", "1957");
    assertThat(all.get("18552").identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "472220033", "KP"));
  }

  @Test
  void read_badRows_problemsWithFileLineAndField_restLoads() throws IOException {
    Path dir = copyExcerpt();
    String bad = "99001,\"TOO FEW FIELDS\",\"individual\"\r\n"
        + "99002,-0- ,\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        + "99003,\"BAD SHIP\",\"vessel\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Vessel Registration "
        + "Identification IMO 5342883; DOB sometime.\"\r\n"
        + "ABC,\"NOT A NUMBER\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        + "306,\"DUPLICATE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    insertBeforeEof(dir.resolve("sdn.csv"), bad);
    insertBeforeEof(dir.resolve("alt.csv"), "77777,1,\"aka\",\"ORPHAN\",-0- \r\n306,2,\"xka\",\"ODD TYPE\",-0- \r\n"
        + "306,3,\"aka\",\"CUBA BANK\",\"weak alias\"\r\n306,4,\"fka\",\"OLD BANK\",-0- \r\n");
    ListReadResult r = read(dir);
    assertThat(r.read()).isEqualTo(21);
    assertThat(r.loaded()).isEqualTo(17);
    assertThat(r.rejected()).isEqualTo(4);
    assertThat(r.read()).isEqualTo(r.loaded() + r.rejected() + r.skipped());
    assertThat(r.errors()).extracting(Problem::file, Problem::line, Problem::field).containsExactly(
        tuple("sdn.csv", 17, "row"),
        tuple("sdn.csv", 18, "99002.name"),
        tuple("sdn.csv", 20, "ABC.ent_num"),
        tuple("sdn.csv", 21, "306.id"));
    assertThat(r.errors().get(0).message()).startsWith("expected 12 fields (ent_num, SDN_Name,").endsWith("found 3");
    assertThat(r.warnings()).extracting(Problem::file, Problem::field).containsExactly(
        tuple("sdn.csv", "99003.imo"),
        tuple("sdn.csv", "99003.dob"),
        tuple("alt.csv", "ent_num"),
        tuple("alt.csv", "306.alias"));
    assertThat(r.problemsOn("imo")).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("IMO 5342883 in the remarks fails the IMO check digit for a ship; not kept"));
    ListEntry bank = r.version().entries().stream().filter(e -> e.entryId().equals("306")).findFirst().orElseThrow();
    assertThat(bank.names()).contains(new EntityName("ODD TYPE", NameStrength.STRONG),
        new EntityName("CUBA BANK", NameStrength.WEAK), new EntityName("OLD BANK", NameStrength.STRONG));
    ListEntry ship = r.version().entries().stream().filter(e -> e.entryId().equals("99003")).findFirst().orElseThrow();
    assertThat(ship.identifiers()).isEmpty();
  }

  @Test
  void read_onlySdnCsv_readsWithoutSideFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("only"));
    Files.copy(DIR.resolve("sdn.csv"), dir.resolve("sdn.csv"));
    ListReadResult r = read(dir);
    assertThat(r.loaded()).isEqualTo(16);
    assertThat(r.version().entries().stream().filter(e -> e.entryId().equals("306")).findFirst().orElseThrow()
        .names()).hasSize(2);
  }

  @Test
  void read_noAsOf_isRefused() {
    assertThatThrownBy(() -> new OfacListReader().read(ListInput.of(DIR)))
        .isInstanceOf(ListReadException.class)
        .hasMessage("sdn.csv: the OFAC CSV files carry no date; give the as-of date");
  }

  @Test
  void read_folderWithoutSdnCsv_isRefused() {
    assertThatThrownBy(() -> read(tmp)).isInstanceOf(ListReadException.class).hasMessageContaining("no sdn.csv in");
  }

  private Path copyExcerpt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("set"));
    for (String f : new String[] {"sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"}) {
      Files.copy(DIR.resolve(f), dir.resolve(f));
    }
    return dir;
  }

  private static void insertBeforeEof(Path file, String rows) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    int eof = text.indexOf('\u001a');
    Files.writeString(file, text.substring(0, eof) + rows + text.substring(eof), StandardCharsets.ISO_8859_1);
  }
}

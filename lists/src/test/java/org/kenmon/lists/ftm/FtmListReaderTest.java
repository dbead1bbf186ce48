package org.kenmon.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import org.kenmon.lists.ListLimitException;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ReadLimits;
import org.kenmon.lists.TestFiles;
import org.kenmon.problems.Problem;

class FtmListReaderTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 27);

  @TempDir Path dir;

  private static ListReadResult read(Path file) {
    return new FtmListReader().read(ListInput.of(file).withAsOf(AS_OF));
  }

  @Test
  void read_unExcerpt_loadsMatchableSchemasSkipsTheRest() {
    ListReadResult r = read(TestFiles.resource("lists/ftm/un-sc-excerpt.ftm.json"));
    assertThat(r.read()).isEqualTo(11);
    assertThat(r.loaded()).isEqualTo(5);
    assertThat(r.skipped()).isEqualTo(6);
    assertThat(r.rejected()).isZero();
    assertThat(r.problems()).isEmpty();
    // every entity is in the one dataset un_sc, which becomes the list id
    assertThat(r.version().listId()).isEqualTo("un_sc");
    assertThat(r.version().entries()).allSatisfy(e -> assertThat(e.listId()).isEqualTo("un_sc"));
    Map<String, ListEntry> all = r.version().entries().stream()
        .collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
    ListEntry kim = all.get("un-sc-kpi-023");
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
    assertThat(kim.names()).hasSize(8).first().isEqualTo(new EntityName("KIM TONG MY’ONG", NameStrength.PRIMARY));
    assertThat(kim.birthDates()).extracting(Object::toString).containsExactly("1964", "1962-08-28");
    assertThat(kim.nationalities()).containsExactly("KP");
    assertThat(kim.identifiers()).containsExactly(Identifier.of(IdentifierType.PASSPORT, "290320764"));
    assertThat(kim.programs()).containsExactly("DPRK");
    assertThat(all.get("un-sc-kpi-064").names()).contains(new EntityName("Choe Sok Min", NameStrength.WEAK));
    assertThat(all.get("un-sc-kpe-020").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(all.get("un-sc-kpe-020").identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "1790183"));
    assertThat(all.get("un-sc-kpe-023").identifiers()).containsExactly(Identifier.of(IdentifierType.SWIFT_BIC, "DCBKKPPY"));
    assertThat(all.get("un-sc-kpe-023").countries()).containsExactly("KP");
  }

  @Test
  void read_thirdPartyFtm_withoutDatasets_takesListIdFromFileName() {
    ListReadResult r = read(TestFiles.resource("lists/ftm/donations-excerpt.ijson"));
    assertThat(r.read()).isEqualTo(7);
    assertThat(r.loaded()).isEqualTo(4);
    assertThat(r.skipped()).isEqualTo(3);
    assertThat(r.version().listId()).isEqualTo("donations-excerpt");
    assertThat(r.version().entries()).extracting(ListEntry::name)
        .containsExactly("MLPD", "FDP", "Verband der Bayerischen Metall- und Elektroindustrie e.V.", "Daimler AG");
    assertThat(r.version().entries().get(3).countries()).containsExactly("DE");
  }

  @Test
  void read_givenListId_wins() {
    ListReadResult r = new FtmListReader().read(ListInput.of(TestFiles.resource("lists/ftm/un-sc-excerpt.ftm.json"))
        .withAsOf(AS_OF).withListId("un-test"));
    assertThat(r.version().listId()).isEqualTo("un-test");
  }

  @Test
  void read_badLines_rejectedOrWarnedWithLineAndField() {
    String lines = String.join("\n",
        "{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Good Person\"], \"birthDate\": [\"1970-13\"],"
            + " \"nationality\": [\"kp\", \"suhh\"], \"imoNumber\": [\"IMO 9074728\"]}}",
        "{\"id\": \"p2\", \"schema\": \"Person\", \"properties\": {\"alias\": [\"Only An Alias\"]}}",
        "not json at all",
        "",
        "[1, 2]",
        "{\"id\": \"x\", \"properties\": {\"name\": [\"No Schema\"]}}",
        "{\"schema\": \"Company\", \"properties\": {\"name\": [\"No Id\"]}}",
        "{\"id\": \"v1\", \"schema\": \"Vessel\", \"properties\": {\"name\": \"BARE STRING NAME\", \"imoNumber\": [\"IMO9074729\"],"
            + " \"flag\": [\"pa\"], \"mmsi\": [351234000]}}",
        "{\"id\": \"s1\", \"schema\": \"Sanction\", \"properties\": {\"entity\": [\"p1\"]}}",
        "{\"id\": \"o1\", \"schema\": \"Ownership\", \"properties\": {}}");
    ListReadResult r = read(TestFiles.write(dir, "bad.ftm.json", lines + "\n"));
    assertThat(r.read()).isEqualTo(9);
    assertThat(r.loaded()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(5);
    assertThat(r.skipped()).isEqualTo(2);
    assertThat(r.errors()).extracting(Problem::line, Problem::field).containsExactly(
        tuple(2, "p2.name"), tuple(3, "line"), tuple(5, "line"), tuple(6, "schema"), tuple(7, "id"));
    assertThat(r.warnings()).extracting(Problem::line, Problem::field).containsExactly(
        tuple(1, "p1.birthDate"), tuple(1, "p1.nationality"), tuple(1, "p1.imo"), tuple(8, "v1.mmsi"));
    ListEntry p1 = r.version().entries().get(0);
    assertThat(p1.nationalities()).containsExactly("KP");
    assertThat(p1.birthDates()).isEmpty();
    ListEntry v1 = r.version().entries().get(1);
    assertThat(v1.name()).isEqualTo("BARE STRING NAME");
    assertThat(v1.identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "9074729"));
    assertThat(v1.countries()).containsExactly("PA");
  }

  @Test
  void read_lineOverLimit_failsNamingMaxTextChars() {
    Path file = TestFiles.write(dir, "long.json", "{\"id\": \"" + "x".repeat(300) + "\"}\n");
    assertThatThrownBy(() -> new FtmListReader().read(ListInput.of(file).withAsOf(AS_OF)
        .withLimits(ReadLimits.defaults().withMaxTextChars(100))))
        .isInstanceOf(ListLimitException.class)
        .hasMessageStartingWith("long.json:1: a line of more than 100 characters is over the limit maxTextChars=100");
  }

  @Test
  void read_notUtf8_failsNamingTheEncoding() throws Exception {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
    assertThatThrownBy(() -> read(file)).isInstanceOf(ListReadException.class).hasMessageContaining("not UTF-8");
  }

  @Test
  void read_noAsOf_isRefused() {
    assertThatThrownBy(() -> new FtmListReader().read(ListInput.of(TestFiles.resource("lists/ftm/donations-excerpt.ijson"))))
        .isInstanceOf(ListReadException.class)
        .hasMessageContaining("give the as-of date");
  }
}

package org.kenmon.lists.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.TestFiles;
import org.kenmon.problems.Problem;

class CsvListReaderTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final String HEADER = "id,name,type,aliases,weak_aliases,dob,nationality,country,identifiers,"
      + "programs,listed_on,remarks\n";

  @TempDir Path dir;

  private ListReadResult read(String name, String content) {
    return new CsvListReader().read(ListInput.of(TestFiles.write(dir, name, content)).withAsOf(AS_OF));
  }

  @Test
  void read_example_everyColumn() {
    ListReadResult r = new CsvListReader().read(
        ListInput.of(TestFiles.resource("lists/csv/jp-mof-example.csv")).withAsOf(AS_OF));
    assertThat(r.read()).isEqualTo(5);
    assertThat(r.loaded()).isEqualTo(5);
    assertThat(r.problems()).isEmpty();
    assertThat(r.version().listId()).isEqualTo("jp-mof-example");
    assertThat(r.version().format()).isEqualTo("csv");
    ListEntry kim = r.version().entries().get(0);
    assertThat(kim.entryId()).isEqualTo("KP-2016-001");
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
    assertThat(kim.names()).hasSize(4).contains(new EntityName("Kim Jin-Sok", NameStrength.STRONG));
    assertThat(kim.birthDates()).extracting(Object::toString).containsExactly("1964", "1962-08-28");
    assertThat(kim.nationalities()).containsExactly("KP");
    assertThat(kim.identifiers()).containsExactly(Identifier.of(IdentifierType.PASSPORT, "290320764"));
    assertThat(kim.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
    ListEntry omm = r.version().entries().get(2);
    assertThat(omm.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(omm.names()).contains(new EntityName("OMM", NameStrength.WEAK));
    assertThat(omm.remarks()).isEqualTo("Operator of the vessel Chong Chon Gang; \"OMM\" in reports");
    assertThat(r.version().entries().get(3).identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "8660313"));
    assertThat(r.version().entries().get(4).birthDates()).extracting(Object::toString).containsExactly("1957-1959");
  }

  @Test
  void read_requiredColumnsOnly_inAnyOrder() {
    ListReadResult r = read("mini.csv", "type,name,id\norganization,ACME LTD,B-1\n");
    assertThat(r.version().entries()).singleElement().satisfies(e -> {
      assertThat(e.entryId()).isEqualTo("B-1");
      assertThat(e.name()).isEqualTo("ACME LTD");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "type | X1,Someone,alien,,,,,,,,, | X1.type | \"alien\" is not an entity type (person, organization, vessel, aircraft)",
      "empty type | X1,Someone,,,,,,,,,, | X1.type | type is empty (person, organization, vessel, aircraft)",
      "dob | X1,Someone,person,,,12/03/1960,,,,,, | X1.dob | \"12/03/1960\" is not a date of birth (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY)",
      "country name | X1,Someone,person,,,,Japan,,,,, | X1.nationality | \"Japan\" is not an ISO alpha-2 country code (did you mean JP?)",
      "country code | X1,Someone,person,,,,,ZZ,,,, | X1.country | \"ZZ\" is not an ISO alpha-2 country code",
      "identifier type | X1,Someone,person,,,,,,ssn:123,,, | X1.identifiers | \"ssn:123\" is not type:value with a type of imo, passport, national_id, crypto_address, swift_bic, mmsi, registration, call_sign, email, phone, website, other",
      "imo | X1,SHIP,vessel,,,,,,imo:5342883,,, | X1.identifiers | IMO \"5342883\" is not seven digits with a valid check digit for a ship",
      "listed_on | X1,Someone,person,,,,,,,,2026-02-30, | X1.listed_on | \"2026-02-30\" is not a date (YYYY-MM-DD)",
      "name | X1,,person,,,,,,,,, | X1.name | missing name",
      "id | ,Someone,person,,,,,,,,, | id | missing id",
      "fields | X1,Someone,person | row | expected 12 fields as in the header, found 3",
  })
  void read_badValue_rejectsRowWithFieldAndMessage(String what, String row, String field, String message) {
    ListReadResult r = read("bad.csv", HEADER + "OK1,Good One,person,,,,,,,,,\n" + row + "\n");
    assertThat(r.read()).isEqualTo(2);
    assertThat(r.loaded()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.errors()).extracting(Problem::field).contains(field);
    Problem p = r.errors().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
    assertThat(p.message()).isEqualTo(message);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.file()).isEqualTo("bad.csv");
  }

  @Test
  void read_duplicateId_secondRejected() {
    ListReadResult r = read("dup.csv", "id,name,type\nA,First,person\nA,Second,person\n");
    assertThat(r.loaded()).isEqualTo(1);
    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).isEqualTo("duplicate entry id A, first at dup.csv:2; the first is kept");
    });
  }

  @Test
  void read_unknownColumns_failNamingThem() {
    assertThatThrownBy(() -> read("x.csv", "id,name,type,alias,birth_date\nA,B,person,,\n"))
        .isInstanceOf(ListReadException.class)
        .hasMessage("x.csv:1: unknown columns \"alias\", \"birth_date\"; the columns are id,name,type,aliases,"
            + "weak_aliases,dob,nationality,country,identifiers,programs,listed_on,remarks");
  }

  @Test
  void read_missingRequiredColumn_failsNamingIt() {
    assertThatThrownBy(() -> read("x.csv", "id,name\nA,B\n"))
        .hasMessage("x.csv:1: missing required column type; the header must have id,name,type");
  }

  @Test
  void read_repeatedColumn_fails() {
    assertThatThrownBy(() -> read("x.csv", "id,name,type,name\n")).hasMessageContaining("column name appears twice");
  }

  @Test
  void read_emptyFile_fails() {
    assertThatThrownBy(() -> read("x.csv", "")).hasMessageContaining("empty file");
  }

  @Test
  void read_byteOrderMark_isIgnored() {
    ListReadResult r = read("bom.csv", "\uFEFFid,name,type\nA,B,person\n");
    assertThat(r.loaded()).isEqualTo(1);
  }

  @Test
  void read_noAsOf_isRefused() {
    assertThatThrownBy(() -> new CsvListReader().read(ListInput.of(TestFiles.write(dir, "a.csv", "id,name,type\n"))))
        .hasMessageContaining("give the as-of date");
  }
}

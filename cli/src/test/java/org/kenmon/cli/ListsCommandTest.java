package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.lists.ShippedLists;

/** The lists commands run in-process through {@link Kenmon#run}, on files written to a temporary folder. */
class ListsCommandTest {
  private static final String UN_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"%s\">"
      + "<INDIVIDUALS>\n";
  private static final String UN_TAIL = "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>\n";

  @TempDir Path tmp;
  private Path data;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void setUp() {
    data = tmp.resolve("data");
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Kenmon.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static String person(String ref, String name, String alias) {
    return "<INDIVIDUAL><FIRST_NAME>" + name + "</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>" + ref
        + "</REFERENCE_NUMBER>" + (alias == null ? "" : "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>" + alias
        + "</ALIAS_NAME></INDIVIDUAL_ALIAS>") + "</INDIVIDUAL>\n";
  }

  private Path un(String name, String date, String records) throws IOException {
    return write(name, String.format(UN_HEAD, date) + records + UN_TAIL);
  }

  @Test
  void import_shippedUnList_storesAndReportsCounts() throws IOException {
    Path file = tmp.resolve("UN_consolidated.xml");
    try (InputStream in = new GZIPInputStream(
        ShippedLists.class.getClassLoader().getResourceAsStream(ShippedLists.UN_RESOURCE))) {
      Files.copy(in, file);
    }
    Run r = run("lists", "import", file.toString(), "--format", "un-xml", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).startsWith("stored un-sc@2026-02-27#66b392a40908 (UN Security Council Consolidated List)\n")
        .contains("  read 1003, loaded 1003, rejected 0, skipped 0; 0 warnings\n")
        .contains(data.resolve("lists/un-sc/2026-02-27_66b392a40908.jsonl.gz").toString());
    assertThat(r.err()).isEmpty();

    Run again = run("lists", "import", file.toString(), "--format", "un-xml", "--as-of", "2026-03-01",
        "--data", data.toString());
    assertThat(again.exit()).isEqualTo(0);
    assertThat(again.out()).startsWith("already stored: un-sc@2026-02-27#66b392a40908 holds the same content; "
        + "nothing written\n  (--as-of 2026-03-01 ignored: the stored version is as of 2026-02-27)\n");

    Run show = run("lists", "show", "un-sc", "--data", data.toString());
    assertThat(show.exit()).isEqualTo(0);
    assertThat(show.out()).contains("read 1003, loaded 1003, rejected 0, skipped 0")
        .contains("entries by type: organization 273, person 730")
        .contains("DPRK 155");
  }

  @Test
  void import_badRows_listsTheFirst20ProblemsThenACount() throws IOException {
    StringBuilder csv = new StringBuilder("id,name,type,dob\nOK,Good Person,person,1960\n");
    for (int i = 1; i <= 25; i++) {
      csv.append("B").append(i).append(",Bad ").append(i).append(",person,31/12/1960\n");
    }
    Path file = write("bank-list.csv", csv.toString());
    Run r = run("lists", "import", file.toString(), "--format", "csv", "--as-of", "2026-03-01",
        "--data", data.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("stored bank-list@2026-03-01#")
        .contains("  read 26, loaded 1, rejected 25, skipped 0; 0 warnings\n")
        .contains("problems of rejected records:\n  bank-list.csv:3: error: B1.dob: \"31/12/1960\" is not a date of birth")
        .contains("  bank-list.csv:22: error: B20.dob:")
        .doesNotContain("B21.dob")
        .contains("  ... and 5 more\n");
  }

  @Test
  void import_everyRecordRejected_storesNothingExit3() throws IOException {
    Path file = write("bad.csv", "id,name,type\nA,,person\n");
    Run r = run("lists", "import", file.toString(), "--format", "csv", "--as-of", "2026-03-01",
        "--data", data.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("nothing loaded from").contains("read 1, loaded 0, rejected 1, skipped 0")
        .contains("bad.csv:2: error: A.name: missing name");
    assertThat(Files.exists(data.resolve("lists"))).isFalse();
  }

  @Test
  void import_unknownColumn_inputErrorExit3() throws IOException {
    Path file = write("x.csv", "id,name,type,birthday\nA,B,person,1960\n");
    Run r = run("lists", "import", file.toString(), "--format", "csv", "--as-of", "2026-03-01", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).startsWith("kenmon: x.csv:1: unknown column \"birthday\"");
  }

  @Test
  void import_ofacWithoutAsOf_usageErrorExit2() throws IOException {
    Run r = run("lists", "import", tmp.toString(), "--format", "ofac-csv", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of is required for --format ofac-csv: its files carry no list date");
  }

  @Test
  void import_unknownFormat_usageErrorExit2() {
    Run r = run("lists", "import", "x.xml", "--format", "eu-xml", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("\"eu-xml\" is not a list format (un-xml, ofac-csv, ftm, csv)");
  }

  @Test
  void import_badListId_usageErrorExit2() throws IOException {
    Path file = write("a.csv", "id,name,type\nA,B,person\n");
    Run r = run("lists", "import", file.toString(), "--format", "csv", "--as-of", "2026-03-01", "--list-id", "Bad Id",
        "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("\"Bad Id\" is not a list id");
  }

  @Test
  void import_missingFile_inputErrorExit3() {
    Run r = run("lists", "import", tmp.resolve("nope.xml").toString(), "--format", "un-xml", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).startsWith("kenmon: no such file or folder:");
  }

  @Test
  void import_givenListId_isUsed() throws IOException {
    Path file = write("list.csv", "id,name,type\nA,B,person\n");
    Run r = run("lists", "import", file.toString(), "--format", "csv", "--as-of", "2026-03-01", "--list-id", "jp-mof",
        "--data", data.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).startsWith("stored jp-mof@2026-03-01#");
  }

  @Test
  void show_emptyStore_saysHowToImport() {
    Run r = run("lists", "show", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).startsWith("no list versions in ").contains("kenmon lists import FILE --format FORMAT");
  }

  @Test
  void showAndDiff_twoVersions() throws IOException {
    Path v1 = un("v1.xml", "2026-01-30T00:00:00Z", person("KPi.001", "KIM ONE", null) + person("KPi.002", "KIM TWO", null));
    Path v2 = un("v2.xml", "2026-02-27T00:00:00Z", person("KPi.001", "KIM ONE", "Kim Il") + person("KPi.003", "KIM THREE", null));
    assertThat(run("lists", "import", v1.toString(), "--format", "un-xml", "--data", data.toString()).exit()).isZero();
    assertThat(run("lists", "import", v2.toString(), "--format", "un-xml", "--data", data.toString()).exit()).isZero();

    Run list = run("lists", "show", "--data", data.toString());
    assertThat(list.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("un-sc@2026-0"));

    Run text = run("lists", "diff", "un-sc@2026-01-30", "un-sc", "--data", data.toString());
    assertThat(text.exit()).isEqualTo(0);
    assertThat(text.out()).contains("  added 1, removed 1, changed 1, unchanged 0\n")
        .contains("+ KPi.003        person       KIM THREE\n")
        .contains("- KPi.002        person       KIM TWO\n")
        .contains("~ KPi.001        person       KIM ONE: names\n");

    Run json = run("lists", "diff", "un-sc@2026-01-30", "un-sc@2026-02-27", "--format", "json", "--data", data.toString());
    assertThat(json.exit()).isEqualTo(0);
    assertThat(json.out()).contains("\"entryId\" : \"KPi.003\"").contains("\"fields\" : [ \"names\" ]");
  }

  @Test
  void diffAndShow_unknownRef_inputErrorExit3() {
    Run diff = run("lists", "diff", "un-sc", "ofac-sdn", "--data", data.toString());
    assertThat(diff.exit()).isEqualTo(3);
    assertThat(diff.err()).startsWith("kenmon: no list version matches \"un-sc\"");
    Run show = run("lists", "show", "eu-fsf", "--data", data.toString());
    assertThat(show.exit()).isEqualTo(3);
  }

  @Test
  void diff_badFormat_usageErrorExit2() {
    Run r = run("lists", "diff", "a", "b", "--format", "svg", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void dataDir_optionThenEnvThenHomeThenUserHome() {
    Map<String, String> env = Map.of("KENMON_DATA", "/env/data");
    Map<String, String> props = Map.of("kenmon.home", "/opt/kenmon", "user.home", "/home/ana");
    assertThat(ListsCommand.dataDir(Path.of("/opt/d"), env::get, props::get)).isEqualTo(Path.of("/opt/d"));
    assertThat(ListsCommand.dataDir(null, env::get, props::get)).isEqualTo(Path.of("/env/data"));
    assertThat(ListsCommand.dataDir(null, k -> null, props::get)).isEqualTo(Path.of("/opt/kenmon/data"));
    assertThat(ListsCommand.dataDir(null, k -> null, Map.of("user.home", "/home/ana")::get))
        .isEqualTo(Path.of("/home/ana/.kenmon"));
    assertThat(ListsCommand.dataDir(null, Map.of("KENMON_DATA", " ")::get, props::get)).isEqualTo(Path.of("/opt/kenmon/data"));
  }

  @Test
  void lists_noSubcommand_printsUsage() {
    Run r = run("lists");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("import").contains("show").contains("diff");
    assertThat(run("--help").out()).contains("lists");
  }
}

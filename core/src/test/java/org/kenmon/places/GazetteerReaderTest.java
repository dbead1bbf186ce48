package org.kenmon.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.problems.Problem;

/** Bad rows fail the load loudly, naming file, line and field. */
class GazetteerReaderTest {

  /** A valid two-place file; tests replace one line of it. Line 4 is the first place's id. */
  private static final String GOOD = """
      schema_version: 1
      compiled: 2026-03
      places:
        - id: cn-dandong
          kind: PORT
          country: CN
          name: Dandong
          names:
            latin: {official: [Dandong], wade_giles: [Tan-tung]}
            hanzi_simplified: [丹东]
          lat: 40.1333
          lon: 124.3667
          coordinates_source: UN/LOCODE CNDDZ
          locode: CNDDG
          sources: [fact sheet §5]
        - id: kp-sinuiju
          kind: PORT
          country: KP
          name: Sinuiju
          names:
            latin: {official: [Sinuiju]}
            hangul: [신의주]
          sources: [fact sheet §5]
          unconfirmed: {coordinates: not read}
        - id: xing-bridge
          kind: CROSSING
          country: CN
          name: Test Bridge
          names: {latin: {conventional: [Test Bridge]}}
          town: cn-dandong
          counterpart: kp-sinuiju
          modes: [ROAD, BRIDGE]
          sources: [test]
          unconfirmed: {coordinates: not read}
      """;

  @Test
  void read_goodFile_givesPlaces() {
    Gazetteer g = Gazetteer.read("good.yaml", new StringReader(GOOD));
    assertThat(g.places()).extracting(Place::id).containsExactly("cn-dandong", "kp-sinuiju", "xing-bridge");
    assertThat(g.resolve("丹东")).map(Place::id).contains("cn-dandong");
    assertThat(g.crossingsFrom(g.place("cn-dandong").orElseThrow())).extracting(Place::id).containsExactly("xing-bridge");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what is replaced | by what | line | field | words of the message
      "    lat: 40.1333|    lat: 140.1333|11|cn-dandong.lat|outside [-90, 90]",
      "    lat: 40.1333|    lat: north|11|cn-dandong.lat|not a number",
      "    coordinates_source: UN/LOCODE CNDDZ|    notes: no source|11|cn-dandong.coordinates_source|without coordinates_source",
      "    kind: PORT\\n    country: CN|    kind: HARBOUR\\n    country: CN|5|cn-dandong.kind|not one of",
      "    country: CN|    country: China|6|cn-dandong.country|not an ISO 3166-1 alpha-2",
      "    locode: CNDDG|    locode: KPDDG|14|cn-dandong.locode|does not start with the place's country CN",
      "    locode: CNDDG|    locode: CN DDG|14|cn-dandong.locode|without space",
      "    locode: CNDDG|    lcode: CNDDG|14|cn-dandong.lcode|unknown field 'lcode'",
      "    hanzi_simplified: [丹东]|    hangul: [丹东]|10|cn-dandong.names.hangul|is listed as hangul but is not Hangul",
      "    hangul: [신의주]|    hangul: [Sinuiju]|22|kp-sinuiju.names.hangul|is listed as hangul",
      "  unconfirmed: {coordinates: not read}\\n  - id: xing-bridge|  notes: x\\n  - id: xing-bridge|16|kp-sinuiju.lat|no coordinates and no unconfirmed.coordinates",
      "    counterpart: kp-sinuiju|    counterpart: kp-nowhere|31|xing-bridge.counterpart|not a place id",
      "    counterpart: kp-sinuiju|    counterpart: cn-dandong|31|xing-bridge.counterpart|across the border",
      "    modes: [ROAD, BRIDGE]|    modes: [FERRY]|32|xing-bridge.modes|not one of",
      "    modes: [ROAD, BRIDGE]|    notes: none|25|xing-bridge.modes|needs modes",
      "  - id: kp-sinuiju|  - id: cn-dandong|16|cn-dandong.id|duplicate id 'cn-dandong', first used at line 4",
      "    latin: {official: [Sinuiju]}|    latin: {official: [Sinuiju, Dandong]}|21|kp-sinuiju.names|already a name of cn-dandong (line 9)",
      "    name: Sinuiju|    name: Shinuiju|19|kp-sinuiju.name|primary name 'Shinuiju' is not among the names",
      "    sources: [fact sheet §5]\\n  - id: kp-sinuiju|    notes: x\\n  - id: kp-sinuiju|4|cn-dandong.sources|no sources",
      "    latin: {official: [Dandong], wade_giles: [Tan-tung]}|    latin: {pinyin: [Dandong]}|9|cn-dandong.names.latin.pinyin|unknown field"})
  void read_badRow_failsNamingFileLineAndField(String target, String replacement, int line, String field,
      String words) {
    String yaml = GOOD.replace(target.replace("\\n", "\n"), replacement.replace("\\n", "\n"));
    assertThat(yaml).isNotEqualTo(GOOD);
    GazetteerFormatException e = catchThrowableOfType(GazetteerFormatException.class,
        () -> Gazetteer.read("bad.yaml", new StringReader(yaml)));
    assertThat(e).as("no exception for %s", replacement).isNotNull();
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("bad.yaml");
      assertThat(p.field()).isEqualTo(field);
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.message()).contains(words);
    });
    assertThat(e.getMessage()).contains("bad.yaml:" + line).contains(field);
  }

  @Test
  void read_severalBadRows_reportsAllOfThem() {
    String yaml = GOOD.replace("    lat: 40.1333", "    lat: 99").replace("    modes: [ROAD, BRIDGE]", "    modes: [FERRY]");
    GazetteerFormatException e = catchThrowableOfType(GazetteerFormatException.class,
        () -> Gazetteer.read("two.yaml", new StringReader(yaml)));
    assertThat(e.problems()).extracting(Problem::field).contains("cn-dandong.lat", "xing-bridge.modes");
  }

  @Test
  void read_invalidYaml_namesLine() {
    GazetteerFormatException e = catchThrowableOfType(GazetteerFormatException.class,
        () -> Gazetteer.read("broken.yaml", new StringReader("schema_version: 1\nplaces:\n  - id: [unclosed\n")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("broken.yaml");
      assertThat(p.line()).isGreaterThan(0);
      assertThat(p.message()).startsWith("not valid YAML");
    });
  }

  @Test
  void read_wrongSchemaVersion_isRejected() {
    GazetteerFormatException e = catchThrowableOfType(GazetteerFormatException.class,
        () -> Gazetteer.read("v2.yaml", new StringReader(GOOD.replace("schema_version: 1", "schema_version: 2"))));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("schema_version"));
  }

  @Test
  void read_homographWithoutNote_isRejected() {
    String yaml = GOOD.replace("hanzi_simplified: [丹东]", "hanzi_simplified: [{name: 丹东}]");
    GazetteerFormatException e = catchThrowableOfType(GazetteerFormatException.class,
        () -> Gazetteer.read("h.yaml", new StringReader(yaml)));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("cn-dandong.names.hanzi_simplified.homograph"));
  }

  @Test
  void read_homographNote_isKept() {
    String yaml = GOOD.replace("hanzi_simplified: [丹东]", "hanzi_simplified: [{name: 丹东, homograph: somewhere else}]");
    Gazetteer g = Gazetteer.read("h.yaml", new StringReader(yaml));
    assertThat(g.match("丹东").flatMap(Match::homograph)).contains("somewhere else");
  }
}

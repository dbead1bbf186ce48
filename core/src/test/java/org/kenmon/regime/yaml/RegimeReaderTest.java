package org.kenmon.regime.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Comparator;
import org.kenmon.regime.Effect;
import org.kenmon.regime.Measure;
import org.kenmon.regime.MeasureKind;
import org.kenmon.regime.Regime;
import org.kenmon.testing.Fixtures;

/**
 * One bad file per validation rule: each must give exactly the expected problem, at the right
 * line, column and field.
 */
class RegimeReaderTest {

  private static final String HEAD = String.join("\n",
      "schema_version: 1",
      "regime: JP-KP",
      "issuer: JP",
      "target: KP",
      "title: T",
      "sources:",
      "  A: {title: Source A}",
      "measures:",
      "  - id: m1",
      "    title: A measure",
      "    kind: export_ban",
      "    effect: PROHIBITED",
      "    legal_basis: Act",
      "    sources: [A]",
      "");
  // Lines 1-14 above; a case's lines start at line 15.

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("unknown kind", "    kind2: x\n    scope: {goods: {all: true}}\n    validity: [{from: 2009-06-18}]\n",
            15, 5, "m1.kind2", "unknown field"),
        bad("overlapping intervals",
            "    scope: {goods: {all: true}}\n    validity:\n      - {from: 2009-01-01, to: 2009-12-31}\n"
                + "      - {from: 2009-12-31}\n", 18, 16, "m1.validity[1].from", "overlaps the previous one"),
        bad("inverted interval", "    scope: {goods: {all: true}}\n    validity: [{from: 2010-01-01, to: 2009-01-01}]\n",
            16, 39, "m1.validity[0].to", "interval is inverted"),
        bad("open interval not last",
            "    scope: {goods: {all: true}}\n    validity:\n      - {from: 2009-01-01}\n      - {from: 2010-01-01}\n",
            18, 16, "m1.validity[1]", "follows an open-ended one"),
        bad("out of order",
            "    scope: {goods: {all: true}}\n    validity:\n      - {from: 2010-01-01, to: 2010-12-31}\n"
                + "      - {from: 2009-01-01, to: 2009-06-30}\n", 18, 16, "m1.validity[1].from", "out of order"),
        bad("impossible date", "    scope: {goods: {all: true}}\n    validity: [{from: 2009-02-30}]\n",
            16, 23, "m1.validity[0].from", "\"2009-02-30\" is not a date"),
        bad("malformed HS code", "    scope: {goods: {hs: [\"847\"]}}\n    validity: [{from: 2009-06-18}]\n",
            15, 26, "m1.scope.goods.hs[0]", "\"847\" is not an HS code"),
        bad("inverted HS range", "    scope: {goods: {hs: [\"83-72\"]}}\n    validity: [{from: 2009-06-18}]\n",
            15, 26, "m1.scope.goods.hs[0]", "inverted"),
        bad("threshold without currency",
            "    scope: {direction: [payment]}\n    thresholds: [{amount: 3000000, comparator: gt}]\n"
                + "    validity: [{from: 2009-06-18}]\n", 16, 18, "m1.thresholds[0]", "needs a currency"),
        bad("unknown currency",
            "    scope: {direction: [payment]}\n    thresholds: [{amount: 1, currency: YEN, comparator: gt}]\n"
                + "    validity: [{from: 2009-06-18}]\n", 16, 40, "m1.thresholds[0].currency", "not an ISO 4217"),
        bad("negative threshold",
            "    scope: {direction: [payment]}\n    thresholds: [{amount: -5, currency: JPY, comparator: gt}]\n"
                + "    validity: [{from: 2009-06-18}]\n", 16, 27, "m1.thresholds[0].amount", "must be positive"),
        bad("unknown comparator",
            "    scope: {direction: [payment]}\n    thresholds: [{amount: 5, currency: JPY, comparator: more}]\n"
                + "    validity: [{from: 2009-06-18}]\n", 16, 57, "m1.thresholds[0].comparator", "unknown value \"more\""),
        bad("unknown direction", "    scope: {direction: [smuggling]}\n    validity: [{from: 2009-06-18}]\n",
            15, 25, "m1.scope.direction[0]", "unknown direction"),
        bad("bad country", "    scope: {destination: [XX]}\n    validity: [{from: 2009-06-18}]\n",
            15, 27, "m1.scope.destination[0]", "not an ISO 3166"),
        bad("unknown source", "    scope: {goods: {all: true}}\n    validity: [{from: 2009-06-18, sources: [Z]}]\n",
            16, 45, "m1.validity[0].sources[0]", "unknown source \"Z\""),
        bad("unknown category", "    scope: {goods: {categories: [luxury]}}\n    validity: [{from: 2009-06-18}]\n",
            15, 34, "m1.scope.goods.categories[0]", "unknown goods category"),
        bad("unconfirmed names nothing",
            "    scope: {goods: {all: true}}\n    validity: [{from: 2009-06-18}]\n    unconfirmed: [scope.goods.colour]\n",
            17, 19, "m1.unconfirmed[0]", "names no field"),
        bad("no validity", "    scope: {goods: {all: true}}\n", 9, 5, "m1.validity", "at least one validity"),
        bad("duplicate field", "    scope: {goods: {all: true}}\n    validity: [{from: 2009-06-18}]\n    title: again\n",
            17, 5, "m1.title", "duplicate field"),
        bad("exception without condition",
            "    scope: {goods: {all: true}}\n    exceptions: [{id: e, title: E, effect: CLEAR}]\n"
                + "    validity: [{from: 2009-06-18}]\n", 16, 18, "m1.exceptions[0].when", "needs a condition"),
        bad("empty scope", "    scope: {}\n    validity: [{from: 2009-06-18}]\n", 15, 12, "m1.scope",
            "empty scope needs a note"));
  }

  private static Arguments bad(String name, String tail, int line, int column, String field, String message) {
    return Arguments.of(name, tail, line, column, field, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void read_badFile_reportsLocatedProblem(String name, String tail, int line, int column, String field, String message) {
    RegimeFile f = Fixtures.readText("bad.yaml", HEAD + tail);
    List<Problem> errors = f.problems().stream().filter(Problem::isError).toList();
    assertThat(errors).as(name + ": " + f.problems()).hasSize(1);
    Problem p = errors.get(0);
    assertThat(p.file()).isEqualTo("bad.yaml");
    assertThat(p.field()).isEqualTo(field);
    assertThat(p.message()).contains(message);
    assertThat(p.line()).as("line of " + p).isEqualTo(line);
    assertThat(p.column()).as("column of " + p).isEqualTo(column);
  }

  @Test
  void read_missingLegalBasisAndSources_reportsBothAtOnce() {
    String yaml = HEAD.replace("    legal_basis: Act\n", "").replace("    sources: [A]\n", "")
        + "    scope: {goods: {all: true}}\n    validity: [{from: 2009-06-18}]\n";
    RegimeFile f = Fixtures.readText("bad.yaml", yaml);
    assertThat(f.problems()).extracting(Problem::message)
        .contains("a measure needs a legal basis", "a measure needs at least one source");
  }

  @Test
  void read_severalErrors_reportsAllOfThem() {
    String yaml = HEAD.replace("kind: export_ban", "kind: embargo").replace("effect: PROHIBITED", "effect: BANNED")
        + "    scope: {goods: {hs: [\"1\"]}}\n    validity: [{from: 2009-13-01}]\n";
    RegimeFile f = Fixtures.readText("bad.yaml", yaml);
    assertThat(f.problems()).extracting(Problem::field)
        .containsExactly("m1.kind", "m1.effect", "m1.scope.goods.hs[0]", "m1.validity[0].from");
    assertThat(f.problems().get(0).toString()).startsWith("bad.yaml:11:11: error: m1.kind: unknown value \"embargo\"");
  }

  @Test
  void read_invalidYaml_givesPosition() {
    RegimeFile f = Fixtures.readText("broken.yaml", "schema_version: 1\nmeasures: [\n  - {id: x\n");
    assertThat(f.regime()).isNull();
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("not valid YAML");
      assertThat(p.line()).isGreaterThan(1);
    });
  }

  @Test
  void read_emptyFile() {
    assertThat(Fixtures.readText("empty.yaml", "").problems()).extracting(Problem::message).containsExactly("file is empty");
  }

  @Test
  void read_aliases_areRefused() {
    String yaml = "schema_version: 1\nsources: &s {A: {title: x}}\nother: *s\n";
    assertThat(Fixtures.readText("alias.yaml", yaml).problems()).extracting(Problem::message)
        .anyMatch(m -> m.contains("not valid YAML") || m.contains("not readable"));
  }

  @Test
  void load_relatedMeasureInNoFile_isReportedAcrossFiles() {
    RegimeFile f = Fixtures.readText("a.yaml", HEAD + "    scope: {goods: {all: true}}\n"
        + "    validity: [{from: 2009-06-18}]\n    related: [nowhere]\n");
    RegimeLoader.Result result = RegimeLoader.crossCheck(List.of(f));
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("m1.related[0]");
      assertThat(p.message()).contains("\"nowhere\" is not defined");
      assertThat(p.line()).isEqualTo(17);
    });
  }

  @Test
  void load_sameMeasureIdInTwoFiles_isReported() {
    String yaml = HEAD + "    scope: {goods: {all: true}}\n    validity: [{from: 2009-06-18}]\n";
    RegimeFile a = Fixtures.readText("a.yaml", yaml);
    RegimeFile b = Fixtures.readText("b.yaml", yaml.replace("JP-KP", "CN-KP").replace("issuer: JP", "issuer: CN"));
    RegimeLoader.Result result = RegimeLoader.crossCheck(List.of(a, b));
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("b.yaml");
      assertThat(p.message()).contains("also defined at a.yaml:9");
    });
  }

  @Test
  void read_fixture_readsEveryFeature() {
    Regime r = Fixtures.mini();
    assertThat(r.measures()).extracting(Measure::id)
        .containsExactly("export-ban", "payment-reporting", "port-ban", "entry-ban", "luxury-ban");
    Measure payment = r.measures().get(1);
    assertThat(payment.kind()).isEqualTo(MeasureKind.PAYMENT_REPORTING_THRESHOLD);
    assertThat(payment.effect()).isEqualTo(Effect.REPORTABLE);
    assertThat(payment.thresholds()).singleElement().satisfies(t -> {
      assertThat(t.comparator()).isEqualTo(Comparator.GT);
      assertThat(t.currency()).isEqualTo("JPY");
    });
    assertThat(payment.validity().get(1).amendment().thresholds()).singleElement()
        .satisfies(t -> assertThat(t.amount().intValueExact()).isEqualTo(3_000_000));
    assertThat(payment.validity().get(0).unconfirmed()).singleElement()
        .satisfies(u -> assertThat(u.field()).isEqualTo("from"));
    assertThat(r.categories()).containsKey("luxury");
    assertThat(r.sha256()).hasSize(64);
  }
}

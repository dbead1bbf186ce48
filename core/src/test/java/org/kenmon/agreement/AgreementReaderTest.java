package org.kenmon.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;
import org.kenmon.testing.Fixtures;

/** Reading agreement files: the model, and every problem located at file, line, column and field. */
class AgreementReaderTest {
  private static final String HEAD = """
      schema_version: 1
      id: t
      title: Test agreement
      status: concluded
      parties: [JP, KP]
      announced: 2014-05-29
      effective: 2014-07-04
      sources:
        A: {title: "Source A"}
      """;

  private static final String CHANGE = """
      changes:
        - {op: withdraw, measure: export-ban, sources: [A]}
      """;

  private static AgreementFile read(String yaml) {
    return Agreements.readText("t.yaml", yaml);
  }

  @Test
  void read_valid_buildsTheModel() {
    AgreementFile f = read(HEAD + "reciprocal: [\"a committee (A)\"]\n" + CHANGE);
    assertThat(f.problems()).isEmpty();
    Agreement a = f.agreement();
    assertThat(a.id()).isEqualTo("t");
    assertThat(a.effectiveDate()).contains(Agreements.d("2014-07-04"));
    assertThat(a.reciprocal()).containsExactly("a committee (A)");
    assertThat(a.changes()).singleElement().satisfies(c -> {
      assertThat(c.op()).isEqualTo(Change.Op.WITHDRAW);
      assertThat(c.measureId()).isEqualTo("export-ban");
      assertThat(c.from()).isNull();
      assertThat(c.fromOr(a.effective())).isEqualTo(a.effective());
    });
    assertThat(f.sites()).singleElement().satisfies(s -> {
      assertThat(s.measure().line()).isEqualTo(12);
      assertThat(s.measure().field()).isEqualTo("changes[0].measure");
    });
    assertThat(a.sha256()).hasSize(64);
  }

  @Test
  void read_fixtures_haveEveryOp() {
    Agreement a = Agreements.fixture("mini-what-if.yaml");
    assertThat(a.changes()).extracting(Change::op).containsExactly(Change.Op.SUSPEND, Change.Op.AMEND_THRESHOLDS,
        Change.Op.NARROW_GOODS, Change.Op.ADD_EXCEPTION, Change.Op.ADD_MEASURE, Change.Op.WITHDRAW);
    Change added = a.changes().get(4);
    assertThat(added.measure().issuer()).isEqualTo("JP");
    assertThat(added.measure().target()).isEqualTo("KP");
    assertThat(Agreements.fixture("mini-stockholm.yaml").recordedInRegimes()).isTrue();
  }

  /**
   * One bad file per row: {@code {head}} and {@code {change}} stand for the valid parts above, and
   * each row expects a problem at the line, column and field with the message.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      title without hypothetical | status: concluded@@status: hypothetical | 3 | 8 | title | must say so in its title
      effective before announced | effective: 2014-07-04@@effective: 2014-05-01 | 7 | 12 | effective | before it was announced 2014-05-29
      effective and condition | sources:\\n  A:@@condition: x\\nsources:\\n  A: | 8 | 12 | condition | not both
      neither effective nor condition | effective: 2014-07-04\\n@@ | 1 | 1 | effective | needs effective (a date) or condition
      met before announced | effective: 2014-07-04@@condition: x\\ncondition_met_on: 2014-01-01 | 8 | 19 | condition_met_on | before the agreement was announced
      concluded without sources | sources:\\n  A: {title: \"Source A\"}\\n@@ | 1 | 1 | sources | a concluded agreement needs a sources catalogue
      change without sources | , sources: [A]}@@} | 11 | 5 | changes[0].sources | must cite sources
      one party | parties: [JP, KP]@@parties: [JP] | 5 | 10 | parties | at least two parties
      bad party | parties: [JP, KP]@@parties: [JP, XK] | 5 | 15 | parties[1] | is neither an ISO 3166 alpha-2 country code nor UN or EU
      recorded hypothetical | status: concluded@@status: hypothetical\\nrecorded_in_regimes: true | 5 | 22 | recorded_in_regimes | cannot be recorded
      unknown op | op: withdraw@@op: lift | 11 | 10 | changes[0].op | unknown value "lift"
      field of another op | , sources: [A]}@@, sources: [A], until: 2015-01-01} | 11 | 55 | changes[0].until | unknown field; allowed here: op, measure, from, sources, note, unconfirmed
      suspend without until | op: withdraw@@op: suspend | 11 | 5 | changes[0].until | required field is missing
      until before from | op: withdraw@@op: suspend, from: 2015-01-01, until: 2014-12-31 | 11 | 44 | changes[0].until | suspension ends 2014-12-31 before it starts 2015-01-01
      until before effective | op: withdraw@@op: suspend, until: 2014-07-01 | 11 | 26 | changes[0].until | before it starts 2014-07-04
      amend without thresholds | op: withdraw@@op: amend_thresholds | 11 | 5 | changes[0].thresholds | needs the new thresholds
      bad threshold | op: withdraw@@op: amend_thresholds, thresholds: [{amount: 5, comparator: gt}] | 11 | 41 | changes[0].thresholds[0] | needs a currency
      narrow without codes | op: withdraw@@op: narrow_goods | 11 | 5 | changes[0].except_hs | needs except_hs
      narrow with a bad code | op: withdraw@@op: narrow_goods, except_hs: [\"8x\"] | 11 | 36 | changes[0].except_hs[0] | not an HS code
      exception without when | op: withdraw@@op: add_exception, exception: {id: x, title: X, effect: CLEAR} | 11 | 36 | changes[0].exception.when | needs a condition
      add_measure with an id | op: withdraw@@op: add_measure | 11 | 32 | changes[0].measure | needs a whole measure
      withdraw with a measure | measure: export-ban@@measure: {id: x} | 11 | 29 | changes[0].measure | expected a measure id
      no changes | changes:\\n  - {op: withdraw, measure: export-ban, sources: [A]}\\n@@changes: []\\n | 10 | 10 | changes | at least one change
      unknown top field | announced:@@signed: 2014-05-28\\nannounced: | 6 | 1 | signed | unknown field
      unconfirmed names nothing | sources:\\n  A:@@unconfirmed: [nothing]\\nsources:\\n  A: | 8 | 15 | unconfirmed[0] | names no field here
      """)
  void read_badFile_reportsTheProblemWhereItIs(String name, String edit, int line, int column, String field,
      String message) {
    String[] parts = edit.split("@@", -1);
    String yaml = (HEAD + CHANGE).replace(parts[0].replace("\\n", "\n"), parts[1].replace("\\n", "\n"));
    assertThat(yaml).as("the edit applies").isNotEqualTo(HEAD + CHANGE);
    List<Problem> problems = read(yaml).problems();
    assertThat(problems).as(name + ":\n" + yaml).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("t.yaml");
      assertThat(p.field()).isEqualTo(field);
      assertThat(p.message()).contains(message);
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.column()).isEqualTo(column);
    });
  }

  @Test
  void read_addedMeasure_readsLikeARegimeMeasureAndMustNotStartBeforeFrom() {
    String yaml = HEAD + """
        changes:
          - op: add_measure
            sources: [A]
            measure:
              id: new-ban
              issuer: JP
              title: New ban
              kind: export_ban
              effect: PROHIBITED
              scope: {direction: [export], goods: {categories: [luxury]}}
              legal_basis: Act
              sources: [A]
              related: [nowhere]
              validity: [{from: 2014-01-01}]
        """;
    AgreementFile f = read(yaml);
    assertThat(f.problems()).extracting(p -> p.field() + ": " + p.message())
        .anySatisfy(m -> assertThat(m).startsWith("changes[0].measure.scope.goods.categories[0]: unknown goods category"))
        .anySatisfy(m -> assertThat(m).startsWith("changes[0].measure.validity[0].from: the added measure starts "
            + "2014-01-01, before the change takes effect 2014-07-04"));
    assertThat(f.references()).extracting(r -> r.id()).containsExactly("nowhere");
  }

  @Test
  void check_againstTheRegimes_locatesEveryProblem() {
    String yaml = HEAD + """
        changes:
          - {op: withdraw, measure: no-such-ban, sources: [A]}
          - {op: withdraw, measure: entry-ban, from: 2015-01-01, sources: [A]}
          - {op: amend_thresholds, measure: payment-reporting, sources: [A], thresholds: [{amount: 30000000, currency: JPY, comparator: gt}]}
          - {op: narrow_goods, measure: port-ban, except_hs: ["89"], sources: [A]}
        """;
    List<Regime> mini = List.of(Fixtures.mini());
    List<Problem> problems = AgreementCheck.check(read(yaml), mini, null);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "t.yaml:11:29: error: changes[0].measure: measure \"no-such-ban\" is not defined in any regime loaded",
        "t.yaml:12:29: error: changes[1].measure: entry-ban is not in force on 2015-01-01; nothing to withdraw",
        "t.yaml:13:5: warning: changes[2]: changes nothing on 2014-07-04: payment-reporting is already in force "
            + "(REPORTABLE), thresholds > JPY 30,000,000; if the regimes already record this agreement, set "
            + "recorded_in_regimes: true",
        "t.yaml:14:33: error: changes[3].measure: port-ban has no goods scope to narrow on 2014-07-04");
  }

  @Test
  void check_aMeasureOfAnotherIssuer_isNotTheParties() {
    Regime un = Fixtures.shipped().regimes().stream().filter(r -> r.issuer().equals("UN")).findFirst().orElseThrow();
    String yaml = HEAD + """
        changes:
          - {op: withdraw, measure: un-kp-travel-ban, sources: [A]}
        """;
    assertThat(AgreementCheck.check(read(yaml), List.of(un), null)).extracting(Problem::toString)
        .containsExactly("t.yaml:11:29: error: changes[0].measure: un-kp-travel-ban is a measure of UN, which is not "
            + "a party to the agreement (JP, KP)");
  }
}

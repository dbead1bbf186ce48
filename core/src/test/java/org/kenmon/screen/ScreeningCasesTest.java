package org.kenmon.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.regime.Direction;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Validity;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.stamp.Hashing;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;

/**
 * Every measure of the shipped regimes, screened with a transaction that triggers it and with one
 * that just escapes it (the day before it comes into force or after it ends, an amount exactly at
 * a threshold, a scope edge such as the wrong direction, another flag, nationality or HS chapter,
 * an exception that holds). The cases are data, in {@code src/test/resources/screening/}:
 * {@code cases-jp.jsonl} and {@code cases-un.jsonl}, one JSON object per line:
 *
 * <pre>
 * {"case": "what it shows, one line", "measure": "the measure id it is about",
 *  "as_of": "YYYY-MM-DD" (optional), "issuers": ["JP"] (optional),
 *  "transaction": {a transaction in the JSON Lines format of JsonTransactionParser},
 *  "expect": {"measure id": "PROHIBITED|LICENCE_REQUIRED|REVIEW|REPORTABLE|CLEAR", ...},
 *  "absent": ["measure id", ...], "outcome": "the verdict's outcome" (optional)}
 * </pre>
 *
 * <p>For each case: every {@code expect} measure must be among the verdict's findings with exactly
 * that effect; every {@code absent} measure must not be among them; the verdict's outcome must be
 * {@code outcome} when given. <b>A CLEAR finding counts as present, with effect CLEAR</b>: the
 * engine reports a measure it looked at and cleared (an amount at or under a threshold, an
 * exception that clears) as a CLEAR finding, so such a case expects {@code {"id": "CLEAR"}}; only a
 * measure with no finding at all is {@code absent}. A failing case prints its problems and the
 * verdict's findings with their evidence.
 *
 * <p>One {@link Screener} serves every case: the shipped regimes ({@link RegimeLoader#loadShipped},
 * {@link RegimeHistory#of}), the shipped goods classifier and gazetteer, no exchange-rate file,
 * every issuer, each transaction judged on its own date. So:
 *
 * <ul>
 *   <li>{@code as_of} replaces the transaction's {@code date} before it is read (the two differ
 *       only in the date a rates file would be read for, and the cases give their rates with the
 *       transaction);
 *   <li>{@code issuers} keeps only the findings of measures of those issuers (findings without a
 *       measure, such as list hits no regime covers, are kept) and the outcome is the worst of
 *       them, as {@link Screener#screen} computes it;
 *   <li>a transaction without an {@code id} gets {@code file:line}.
 * </ul>
 *
 * <p>Parties are matched against {@code un-excerpt.jsonl}: the few entries of the shipped UN list
 * the cases name (the full list lives in the lists module, which core cannot depend on), read by
 * the lists module's UN reader and written out unchanged (see {@code PROVENANCE.md} beside it).
 * Every other party name in the cases is fictitious and matches nothing on the full shipped list.
 *
 * <p>Known bugs: a case whose correct expectation the engine does not meet today lives in {@code
 * known-bugs.jsonl}, its text starting "KNOWN BUG:" and a field {@code "known_bug": "one-line
 * diagnosis"}. {@link #knownBugStillFails} asserts each still fails, so a fix makes it fail and the
 * case moves to the normal files (as jackson-core's {@code tofix} tests do). Nothing is skipped.
 *
 * <p>{@link #everyShippedMeasureIsTriggeredAndEscaped} keeps the coverage from rotting: every
 * measure id of the shipped regimes must be expected with an effect other than CLEAR by some case
 * and be absent (or expected CLEAR) in another, except the measures no transaction can reach,
 * which are listed in {@link #UNREACHABLE} with the reason and must appear as absent.
 */
class ScreeningCasesTest {
  private static final String DIR = "screening/";
  private static final List<String> CASE_FILES = List.of("cases-jp.jsonl", "cases-un.jsonl");
  private static final String KNOWN_BUGS = "known-bugs.jsonl";
  private static final String UN_EXCERPT = "un-excerpt.jsonl";
  /** The shipped UN list the excerpt is cut from (PROVENANCE.md). */
  private static final LocalDate UN_LIST_DATE = LocalDate.of(2026, 2, 27);

  /**
   * Measures no transaction can reach, and why. The test recomputes this set from the regimes and
   * the screener: a measure is unreachable when every version of its scope has only directions no
   * transaction type produces, or cites only lists the screener does not load.
   */
  static final Map<String, String> UNREACHABLE = new TreeMap<>(Map.of(
      "jp-kp-charter-flight-ban", "direction flight: no transaction type is a flight",
      "jp-kp-asset-freeze", "list jp-mof-kp (Japan's MOF list) is neither shipped nor loaded",
      "un-kp-joint-venture-ban", "direction investment: no transaction type is an investment",
      "un-kp-labour-ban", "direction employment: no transaction type is employment",
      "un-kp-fishing-rights-ban", "direction services: no transaction type is a service",
      "un-kp-vessel-services-ban", "directions vessel_services and services: no transaction type is a service",
      "un-kp-flight-ban", "direction flight: no transaction type is a flight"));

  private static final Set<String> CASE_FIELDS = Set.of("case", "measure", "as_of", "issuers", "transaction",
      "expect", "absent", "outcome", "known_bug");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Screener screener;
  private static Set<String> loadedLists;

  /** One case, as read from its file. */
  record Case(String file, int line, String text, String measure, LocalDate asOf, Set<String> issuers,
      String transaction, Map<String, Outcome> expect, List<String> absent, Outcome outcome, String knownBug) {
    String where() {
      return file + ":" + line;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @BeforeAll
  static void buildScreener() {
    RegimeHistory regimes = RegimeHistory.of(RegimeLoader.loadShipped().regimesOrThrow());
    ListVersion un = unExcerpt();
    loadedLists = Set.of(un.listId());
    NameMatcher matcher = new NameMatcher(ListIndex.of(List.of(un)), MatchThresholds.DEFAULT);
    screener = new Screener(new ScreeningContext(regimes, Set.of(), null, matcher, GoodsClassifier.shipped(),
        Gazetteer.shipped(), ExchangeRates.NONE, "kenmon-test/" + NameMatcher.ALGORITHM));
  }

  static Stream<Arguments> cases() {
    return CASE_FILES.stream().flatMap(f -> read(f).stream()).map(c -> Arguments.argumentSet(c.text(), c));
  }

  static Stream<Arguments> knownBugs() {
    return read(KNOWN_BUGS).stream().map(c -> Arguments.argumentSet(c.text(), c));
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("cases")
  void screensAsTheRegimeSays(Case c) {
    assertThat(c.knownBug()).as("%s: known_bug belongs in %s only", c.where(), KNOWN_BUGS).isNull();
    assertThat(c.text()).as("%s: the case text", c.where()).doesNotStartWith("KNOWN BUG");
    Verdict v = screen(c);
    List<String> problems = problems(c, v);
    if (!problems.isEmpty()) {
      fail(c.where() + ": " + c.text() + "\n  " + String.join("\n  ", problems) + "\n" + describe(c, v));
    }
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("knownBugs")
  void knownBugStillFails(Case c) {
    assertThat(c.text()).as("%s: a known bug's text", c.where()).startsWith("KNOWN BUG:");
    assertThat(c.knownBug()).as("%s: a known bug needs its one-line diagnosis in known_bug", c.where())
        .isNotBlank();
    Verdict v = screen(c);
    if (problems(c, v).isEmpty()) {
      fail(c.where() + ": " + c.text() + "\n  now passes: the bug (" + c.knownBug() + ") looks fixed. Move the case"
          + " to cases-*.jsonl without \"KNOWN BUG:\" and known_bug.\n" + describe(c, v));
    }
  }

  @Test
  void everyShippedMeasureIsTriggeredAndEscaped() {
    Map<String, Measure> measures = new TreeMap<>();
    for (Regime r : RegimeLoader.loadShipped().regimesOrThrow()) {
      r.measures().forEach(m -> measures.put(m.id(), m));
    }
    List<Case> normal = CASE_FILES.stream().flatMap(f -> read(f).stream()).toList();
    List<Case> bugs = read(KNOWN_BUGS);
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> triggered = new TreeMap<>();
    Map<String, Set<String>> escaped = new TreeMap<>();
    for (Case c : concat(normal, bugs)) {
      Set<String> named = new LinkedHashSet<>(c.expect().keySet());
      named.addAll(c.absent());
      named.add(c.measure());
      for (String id : named) {
        if (!measures.containsKey(id)) {
          problems.add(c.where() + ": no shipped measure " + id);
        }
      }
      if (!c.expect().containsKey(c.measure()) && !c.absent().contains(c.measure())) {
        problems.add(c.where() + ": the case is about " + c.measure() + " but neither expects it nor wants it absent");
      }
      for (String id : c.absent()) {
        if (c.expect().containsKey(id)) {
          problems.add(c.where() + ": " + id + " both expected and absent");
        }
        escaped.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(c.where());
      }
      c.expect().forEach((id, effect) -> (effect == Outcome.CLEAR ? escaped : triggered)
          .computeIfAbsent(id, k -> new LinkedHashSet<>()).add(c.where()));
      if (!c.issuers().isEmpty()) {
        for (String id : named) {
          if (measures.containsKey(id) && !c.issuers().contains(measures.get(id).issuer())) {
            problems.add(c.where() + ": " + id + " is not a measure of the issuers " + c.issuers());
          }
        }
      }
    }
    Set<String> unreachable = unreachable(measures.values());
    if (!unreachable.equals(UNREACHABLE.keySet())) {
      problems.add("UNREACHABLE lists " + UNREACHABLE.keySet() + " but the measures no transaction can reach are "
          + unreachable);
    }
    for (String id : measures.keySet()) {
      if (UNREACHABLE.containsKey(id)) {
        if (triggered.containsKey(id)) {
          problems.add(id + " is unreachable (" + UNREACHABLE.get(id) + ") yet expected by " + triggered.get(id));
        }
        if (normal.stream().noneMatch(c -> c.absent().contains(id))) {
          problems.add(id + " is unreachable (" + UNREACHABLE.get(id) + "): a case must show it stays absent");
        }
        continue;
      }
      if (!triggered.containsKey(id)) {
        problems.add(id + ": no case triggers it (expects an effect other than CLEAR)");
      }
      if (!escaped.containsKey(id)) {
        problems.add(id + ": no case shows it escaped (absent, or expected CLEAR)");
      }
    }
    assertThat(problems).as("coverage of the %d shipped measures", measures.size()).isEmpty();
  }

  // ------------------------------------------------------------------------------------ screening

  private static Verdict screen(Case c) {
    ReadOutcome read = new JsonTransactionParser().parse(c.file(), c.line(), c.transaction());
    if (read.isRejected()) {
      fail(c.where() + ": the transaction is rejected: " + read.reject().problems());
    }
    Verdict v = screener.screen(read.transaction());
    if (c.issuers().isEmpty()) {
      return v;
    }
    List<Finding> kept = v.findings().stream()
        .filter(f -> f.measure() == null || c.issuers().contains(f.issuer())).toList();
    Outcome outcome = Outcome.CLEAR;
    for (Finding f : kept) {
      outcome = outcome.worst(f.effect());
    }
    return new Verdict(v.id(), outcome, v.asOf(), kept, v.stamp(), v.transaction());
  }

  private static List<String> problems(Case c, Verdict v) {
    Map<String, Finding> byMeasure = new LinkedHashMap<>();
    for (Finding f : v.findings()) {
      if (f.measure() != null) {
        byMeasure.putIfAbsent(f.measure(), f);
      }
    }
    List<String> out = new ArrayList<>();
    c.expect().forEach((id, effect) -> {
      Finding f = byMeasure.get(id);
      if (f == null) {
        out.add("expected " + id + " " + effect + ", but it has no finding");
      } else if (f.effect() != effect) {
        out.add("expected " + id + " " + effect + ", found " + f.effect());
      }
    });
    for (String id : c.absent()) {
      Finding f = byMeasure.get(id);
      if (f != null) {
        out.add("expected no finding for " + id + ", found " + f.effect());
      }
    }
    if (c.outcome() != null && v.outcome() != c.outcome()) {
      out.add("expected outcome " + c.outcome() + ", found " + v.outcome());
    }
    return out;
  }

  private static String describe(Case c, Verdict v) {
    StringBuilder s = new StringBuilder();
    s.append("  verdict ").append(v.outcome()).append(" as of ").append(v.asOf())
        .append(c.issuers().isEmpty() ? "" : " (issuers " + c.issuers() + ")").append(", ")
        .append(v.findings().size()).append(" findings:\n");
    for (Finding f : v.findings()) {
      s.append("  - ").append(f.measure() == null ? "(no measure)" : f.measure()).append(' ').append(f.issuer())
          .append(' ').append(f.effect()).append(f.unconfirmed() ? " (unconfirmed)" : "").append(": ")
          .append(f.reason()).append('\n');
      for (String e : f.evidence()) {
        s.append("      ").append(e).append('\n');
      }
    }
    s.append("  transaction: ").append(c.transaction());
    return s.toString();
  }

  // ------------------------------------------------------------------------------------ reachability

  /**
   * Measures whose every scope version has only directions no transaction type produces, or cites
   * only sanctions lists that are not loaded. The directions transactions produce are asked of the
   * screener itself, for one transaction of each type.
   */
  private static Set<String> unreachable(Iterable<Measure> measures) {
    Set<Direction> reachable = EnumSet.noneOf(Direction.class);
    for (String t : List.of(
        "{\"id\":\"s\",\"date\":\"2018-01-01\",\"type\":\"shipment\",\"goods\":[{\"description\":\"rice\"}],"
            + "\"destination\":\"CN\"}",
        "{\"id\":\"p\",\"date\":\"2018-01-01\",\"type\":\"payment\",\"amount\":1,\"currency\":\"JPY\"}",
        "{\"id\":\"c\",\"date\":\"2018-01-01\",\"type\":\"cash\",\"amount\":1,\"currency\":\"JPY\","
            + "\"destination\":\"CN\"}",
        "{\"id\":\"v\",\"date\":\"2018-01-01\",\"type\":\"port_call\",\"country\":\"JP\",\"vessel\":{\"name\":\"x\"}}",
        "{\"id\":\"e\",\"date\":\"2018-01-01\",\"type\":\"entry\",\"country\":\"JP\",\"purpose\":\"reentry\","
            + "\"parties\":[{\"role\":\"crew\",\"name\":\"x\"}]}")) {
      Transaction tx = new JsonTransactionParser().parse("probe", 1, t).transaction();
      reachable.addAll(screener.facts(tx, tx.date()).directions);
    }
    Set<String> out = new TreeSet<>();
    for (Measure m : measures) {
      List<Scope> scopes = new ArrayList<>();
      scopes.add(m.scope());
      for (Validity v : m.validity()) {
        if (v.amendment().scope() != null) {
          scopes.add(v.amendment().scope());
        }
      }
      boolean noDirection = scopes.stream().allMatch(s -> !s.directions().isEmpty()
          && s.directions().stream().noneMatch(reachable::contains));
      boolean noList = scopes.stream().allMatch(s -> s.parties() != null && !s.parties().lists().isEmpty()
          && s.parties().lists().stream().noneMatch(l -> loadedLists.contains(ListBindings.loadedListId(l))));
      if (noDirection || noList) {
        out.add(m.id());
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ reading

  private static List<Case> read(String name) {
    List<Case> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (String line : lines(DIR + name)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(parse(name, n, line));
      } catch (IllegalArgumentException | JsonProcessingException e) {
        problems.add(name + ":" + n + ": " + e.getMessage());
      }
    }
    assertThat(problems).as("case file %s", name).isEmpty();
    assertThat(out).as("case file %s", name).isNotEmpty();
    return out;
  }

  private static Case parse(String file, int line, String text) throws JsonProcessingException {
    JsonNode root = JSON.readTree(text);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!CASE_FIELDS.contains(f)) {
        throw new IllegalArgumentException("unknown field " + f + "; allowed: " + new TreeSet<>(CASE_FIELDS));
      }
    }
    String caseText = required(root, "case").asText();
    String measure = required(root, "measure").asText();
    JsonNode tx = required(root, "transaction");
    if (!tx.isObject()) {
      throw new IllegalArgumentException("transaction: expected an object");
    }
    ObjectNode transaction = ((ObjectNode) tx).deepCopy();
    if (!transaction.has("id")) {
      transaction.put("id", file + ":" + line);
    }
    LocalDate asOf = null;
    if (root.hasNonNull("as_of")) {
      try {
        asOf = LocalDate.parse(root.get("as_of").asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("as_of: " + e.getMessage());
      }
      transaction.put("date", asOf.toString());
    }
    Set<String> issuers = new LinkedHashSet<>();
    if (root.has("issuers")) {
      root.get("issuers").forEach(i -> issuers.add(i.asText()));
    }
    Map<String, Outcome> expect = new LinkedHashMap<>();
    if (root.has("expect")) {
      root.get("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), outcome(e.getValue().asText())));
    }
    List<String> absent = new ArrayList<>();
    if (root.has("absent")) {
      root.get("absent").forEach(a -> absent.add(a.asText()));
    }
    if (expect.isEmpty() && absent.isEmpty()) {
      throw new IllegalArgumentException("a case needs expect or absent");
    }
    Outcome outcome = root.hasNonNull("outcome") ? outcome(root.get("outcome").asText()) : null;
    String knownBug = root.hasNonNull("known_bug") ? root.get("known_bug").asText() : null;
    return new Case(file, line, caseText, measure, asOf, Collections.unmodifiableSet(issuers),
        JSON.writeValueAsString(transaction), Collections.unmodifiableMap(expect), List.copyOf(absent), outcome, knownBug);
  }

  private static JsonNode required(JsonNode root, String field) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull() || n.isTextual() && n.asText().isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    return n;
  }

  private static Outcome outcome(String text) {
    try {
      return Outcome.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not an outcome (PROHIBITED, LICENCE_REQUIRED, REVIEW,"
          + " REPORTABLE, CLEAR)");
    }
  }

  /**
   * The UN list excerpt as a list version: the entries of the shipped UN list that the cases name,
   * as the lists module's UN reader maps them ({@code ListEntry}), one JSON object per line.
   */
  private static ListVersion unExcerpt() {
    List<ListEntry> entries = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (String line : lines(DIR + UN_EXCERPT)) {
      all.append(line).append('\n');
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode e = JSON.readTree(line);
        List<EntityName> names = new ArrayList<>();
        e.get("names").forEach(n -> names.add(new EntityName(n.get("value").asText(),
            NameStrength.valueOf(n.get("strength").asText().toUpperCase(Locale.ROOT)))));
        List<BirthDate> dobs = new ArrayList<>();
        e.get("birth_dates").forEach(d -> dobs.add(BirthDate.parse(d.asText())));
        List<Identifier> ids = new ArrayList<>();
        e.get("identifiers").forEach(i -> ids.add(new Identifier(
            IdentifierType.valueOf(i.get("type").asText().toUpperCase(Locale.ROOT)), i.get("value").asText(),
            i.hasNonNull("country") ? i.get("country").asText() : null)));
        entries.add(new ListEntry("un-sc", e.get("entry_id").asText(), EntityType.parse(e.get("type").asText()), names,
            dobs, texts(e.get("nationalities")), texts(e.get("countries")), ids, texts(e.get("programs")),
            LocalDate.parse(e.get("listed_on").asText()), e.path("remarks").asText(null)));
      } catch (JsonProcessingException | RuntimeException ex) {
        throw new IllegalStateException(UN_EXCERPT + ": bad entry: " + line, ex);
      }
    }
    return new ListVersion("un-sc", "UN Security Council Consolidated List (test excerpt)", "jsonl-excerpt",
        UN_LIST_DATE, Hashing.sha256(all.toString()), entries);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = ScreeningCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

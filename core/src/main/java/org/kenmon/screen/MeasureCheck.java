package org.kenmon.screen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kenmon.goods.Classification;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.goods.HsNomenclature;
import org.kenmon.hs.HsCode;
import org.kenmon.match.Match;
import org.kenmon.match.MatchOutcome;
import org.kenmon.memo.BoundedMemo;
import org.kenmon.money.Conversion;
import org.kenmon.money.ExchangeRates;
import org.kenmon.regime.Direction;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.PartyScope;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.VesselScope;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.rulebook.Rulebook;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.Transaction;

/**
 * Decides whether one measure bites on one transaction, in one direction, and builds the finding
 * with its evidence. Conditions, in order: the issuer's jurisdiction reaches the movement; the
 * scope's countries, goods, parties and vessels hold; amounts pass the thresholds; no exception
 * applies. A condition the data cannot settle turns the effect into REVIEW, never into CLEAR.
 */
final class MeasureCheck {
  private final ExchangeRates rates;
  private final HsNomenclature nomenclature;
  /** Per measure as in force: the evidence lines every finding of it ends with. */
  private final Map<MeasureInForce, List<String>> footers = new IdentityHashMap<>();
  /** Per goods scope worded in prose: the telling words of its wording. */
  private final Map<GoodsScope, Set<String>> noteWords = new IdentityHashMap<>();
  /**
   * Per goods line (description and HS code): the stemmed words of its text and of its HS headings.
   * Ledgers repeat their goods, and assembling and splitting that text was most of what comparing
   * goods with a measure's wording cost. Keyed by the two short parts the text is made of, so a
   * lookup does not first build (and hash) the long text.
   */
  private final BoundedMemo<GoodsKey, Set<String>> goodsWords = new BoundedMemo<>(GOODS_TEXTS_REMEMBERED);

  /** What the words of a goods line depend on: its description and the HS code it was given. */
  private record GoodsKey(String description, HsCode hs) {}
  static final int GOODS_TEXTS_REMEMBERED = 20_000;
  /** Runs of characters that are not letters: where words are split. */
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Prepares, once, what every finding of every measure of the history will need. */
  MeasureCheck(ExchangeRates rates, HsNomenclature nomenclature, RegimeHistory history) {
    this.rates = rates;
    this.nomenclature = nomenclature;
    for (Rulebook epoch : history.epochs()) {
      for (MeasureInForce m : epoch.measures()) {
        footers.put(m, footer(m));
        GoodsScope g = m.scope().goods();
        if (g != null && g.note() != null) {
          noteWords.put(g, words(g.note()));
        }
      }
    }
  }

  Optional<Finding> check(MeasureInForce m, Direction d, TransactionFacts f) {
    Scope s = m.scope();
    // A regime is against one target: a measure never bites on a transaction that does not touch
    // it, however broadly its scope is worded, unless it works through a list of designations.
    if (!listBased(s) && !f.involves(m.target())) {
      return Optional.empty();
    }
    // Most measures fail here: decide without building any evidence, then build it for the rest.
    if (!jurisdiction(m.issuer(), d, f, null) || !countries(s, d, f, null)) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    jurisdiction(m.issuer(), d, f, evidence);
    countries(s, d, f, evidence);
    Bite bite = Bite.YES;
    List<String> doubts = new ArrayList<>();
    if (s.goods() != null && moves(d)) {
      bite = bite.and(goods(s.goods(), f, evidence, doubts));
    }
    Outcome listOutcome = null;
    if (s.parties() != null) {
      PartyResult pr = parties(s.parties(), d, f, evidence, doubts);
      bite = bite.and(pr.bite);
      listOutcome = pr.listOutcome;
    }
    if (s.vessels() != null) {
      bite = bite.and(vessels(s.vessels(), f, evidence, doubts));
    }
    if (s.condition() != null && bite != Bite.NO) {
      doubts.add("it applies only if " + s.condition());
      bite = bite.and(Bite.UNKNOWN);
    }
    if (bite == Bite.NO) {
      return Optional.empty();
    }
    Outcome effect = Outcome.of(m.effect());
    String reason = m.title();
    ThresholdResult tr = thresholds(m, d, f, evidence);
    if (tr == ThresholdResult.BELOW) {
      return Optional.of(finding(m, Outcome.CLEAR, "below the threshold of " + m.title().toLowerCase(Locale.ROOT)
          .replaceFirst("\\.$", ""), evidence));
    }
    if (tr == ThresholdResult.NO_RATE) {
      doubts.add("the amount cannot be compared with the threshold without an exchange rate");
      bite = bite.and(Bite.UNKNOWN);
    }
    if (listOutcome == Outcome.REVIEW) {
      effect = Outcome.REVIEW;
      reason = "possible list match: " + reason;
    }
    Exemption applied = exemption(m, f, evidence);
    if (applied != null) {
      // An exception that holds settles it, whatever else the data leaves open.
      return Optional.of(finding(m, Outcome.of(applied.effect()), m.title() + ", except: " + applied.title(), evidence));
    }
    if (bite == Bite.UNKNOWN) {
      evidence.addAll(doubts);
      reason = "may apply (" + String.join("; ", doubts) + "): " + reason;
      effect = Outcome.REVIEW;
    }
    return Optional.of(finding(m, effect, reason, evidence));
  }

  private Finding finding(MeasureInForce m, Outcome effect, String reason, List<String> evidence) {
    List<String> footer = footers.get(m);
    evidence.addAll(footer != null ? footer : footer(m));
    return new Finding(m.id(), m.issuer(), effect, reason, evidence, m.isUnconfirmed());
  }

  /** Validity, legal basis and the first unconfirmed facts of a measure as in force. */
  private static List<String> footer(MeasureInForce m) {
    List<String> all = new ArrayList<>();
    all.add("in force " + m.validFrom() + " to " + (m.validTo() == null ? "(open)" : m.validTo())
        + "; legal basis: " + m.legalBasis());
    int shown = 0;
    for (Unconfirmed u : m.unconfirmed()) {
      if (shown++ == 3) {
        all.add("and " + (m.unconfirmed().size() - 3) + " more unconfirmed facts");
        break;
      }
      all.add("UNCONFIRMED " + u.field() + (u.note().isEmpty() ? "" : ": " + u.note()));
    }
    return List.copyOf(all);
  }

  private static boolean listBased(Scope s) {
    return s.parties() != null && !s.parties().lists().isEmpty() || s.vessels() != null && !s.vessels().listed().isEmpty();
  }

  private static boolean moves(Direction d) {
    return d == Direction.EXPORT || d == Direction.IMPORT || d == Direction.TRANSIT || d == Direction.BROKERING;
  }

  // ---------------------------------------------------------------- jurisdiction and countries

  /** Whether the issuer's law reaches this movement; the UN's reaches every member state. */
  private static boolean jurisdiction(String issuer, Direction d, TransactionFacts f, List<String> evidence) {
    if (issuer.equals("UN")) {
      return true;
    }
    switch (d) {
      case EXPORT:
        return f.leaves.contains(issuer) && note(evidence, "goods leave " + issuer);
      case IMPORT:
        return issuer.equals(f.arrival) && note(evidence, "goods arrive in " + issuer);
      case TRANSIT:
        return f.transit.contains(issuer) && note(evidence, "goods pass through " + issuer);
      case BROKERING:
        return f.intermediaryIn(issuer) && !f.leaves.contains(issuer) && !issuer.equals(f.arrival)
            && note(evidence, "an intermediary in " + issuer + " arranges trade between other countries");
      case PAYMENT:
      case CASH:
        return f.leaves.contains(issuer) && note(evidence, d == Direction.CASH ? "carried out of " + issuer
            : "paid from " + issuer);
      case ENTRY:
        // Residents returning are for the re-entry measures; a UN travel ban still reaches them.
        return issuer.equals(f.entered) && !"reentry".equals(f.t.purpose()) && note(evidence, "entering " + issuer);
      case PORT_CALL:
      case REENTRY:
      case LANDING:
        return issuer.equals(f.entered) && note(evidence, "entering " + issuer);
      case TRAVEL:
        return f.subjects(d).stream().anyMatch(p -> issuer.equals(p.nationality()) || issuer.equals(p.country()));
      default:
        return f.anyPartyIn(issuer) || f.leaves.contains(issuer) || f.reaches.contains(issuer)
            || issuer.equals(f.entered);
    }
  }

  /** Adds a line of evidence when evidence is being built (a null list: only deciding). */
  private static boolean note(List<String> evidence, String line) {
    if (evidence != null) {
      evidence.add(line);
    }
    return true;
  }

  private static boolean countries(Scope s, Direction d, TransactionFacts f, List<String> evidence) {
    if (!s.destination().isEmpty()) {
      Set<String> to = d == Direction.REENTRY ? (f.t.origin() == null ? Set.of() : Set.of(f.t.origin())) : f.reaches;
      String hit = first(s.destination(), to);
      if (hit == null) {
        return false;
      }
      if (evidence != null) {
        evidence.add(d == Direction.REENTRY ? "returning from " + hit : "reaches " + hit + routeVia(f));
      }
    }
    if (!s.origin().isEmpty()) {
      String hit = first(s.origin(), f.goodsOrigins);
      if (hit == null) {
        hit = first(s.origin(), f.leaves);
      }
      if (hit == null) {
        return false;
      }
      note(evidence, "comes from " + hit);
    }
    if (!s.involving().isEmpty()) {
      String hit = first(s.involving(), f.reaches);
      if (hit == null) {
        hit = first(s.involving(), f.goodsOrigins);
      }
      if (hit == null) {
        hit = first(s.involving(), f.leaves);
      }
      if (hit == null) {
        return false;
      }
      note(evidence, "involves " + hit);
    }
    return true;
  }

  private static String routeVia(TransactionFacts f) {
    if (f.route == null || f.route.countries().size() < 3) {
      return "";
    }
    return " via " + String.join(", ", f.route.countries().subList(1, f.route.countries().size() - 1));
  }

  private static String first(List<String> wanted, Set<String> have) {
    for (String c : wanted) {
      if (have.contains(c)) {
        return c;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- goods

  private Bite goods(GoodsScope scope, TransactionFacts f, List<String> evidence, List<String> doubts) {
    if (scope.all() && scope.exceptHs().isEmpty()) {
      evidence.add("covers all goods");
      return Bite.YES;
    }
    Bite result = Bite.NO;
    List<GoodsLine> lines = f.t.goods();
    for (int i = 0; i < lines.size(); i++) {
      Classification c = f.classifications.get(i);
      GoodsLine line = lines.get(i);
      // An HS carve-out wins over a category too: "luxury goods except HS 84-85" spares a TV.
      boolean covered = c.hs() != null && scope.coversCode(c.hs())
          || c.categories().stream().anyMatch(scope.categories()::contains) && (c.hs() == null || !scope.excludes(c.hs()));
      if (covered) {
        if (c.confidence() < GoodsClassifier.REVIEW_BELOW) {
          doubts.add(describe(line, c) + " classified with low confidence " + round(c.confidence()));
          result = result == Bite.YES ? Bite.YES : Bite.UNKNOWN;
        } else {
          evidence.add(describe(line, c) + " falls under " + coverage(scope, c) + (c.unconfirmed() ? " (mapping unconfirmed)" : ""));
          result = Bite.YES;
        }
        continue;
      }
      if (c.hs() == null || c.confidence() < GoodsClassifier.REVIEW_BELOW) {
        // Doubt about the code matters only where a better code could change the answer: HS
        // ranges, "all goods except" carve-outs, and the luxury categories the classifier assigns (it never assigns the UN's
        // WMD lists, which no HS mapping describes).
        if (scope.all() || !scope.hs().isEmpty() || scope.categories().stream().anyMatch(cat -> cat.contains("-luxury-"))) {
          doubts.add(describe(line, c) + " could not be classified with confidence");
          result = result == Bite.YES ? Bite.YES : Bite.UNKNOWN;
        }
      }
      if (scope.hs().isEmpty() && scope.categories().isEmpty() && !scope.all() && scope.note() != null
          && sharesWord(goodsWords.get(new GoodsKey(line.description(), c.hs()), k -> stemmedWords(goodsText(k))),
              noteWords.computeIfAbsent(scope, g -> words(g.note())))) {
        doubts.add(describe(line, c) + " may be among the goods the measure names only in words (\"" + scope.note() + "\")");
        result = result == Bite.YES ? Bite.YES : Bite.UNKNOWN;
      }
    }
    return result;
  }

  private static String coverage(GoodsScope scope, Classification c) {
    if (scope.all()) {
      return "all goods";
    }
    for (var p : scope.hs()) {
      if (c.hs() != null && p.covers(c.hs())) {
        return "HS " + p;
      }
    }
    for (String cat : c.categories()) {
      if (scope.categories().contains(cat)) {
        return "category " + cat;
      }
    }
    return "the measure's goods";
  }

  private static String describe(GoodsLine g, Classification c) {
    String what = g.description() != null ? "\"" + g.description() + "\"" : "goods";
    return what + (c.hs() == null ? "" : " (HS " + c.hs() + ", " + c.method().name().toLowerCase(Locale.ROOT)
        + (c.brand() == null ? "" : ", brand " + c.brand() + " " + c.brandCountry()) + ")");
  }

  /** The goods line's own words and those of its HS subheading, heading and chapter. */
  private String goodsText(GoodsKey g) {
    StringBuilder s = new StringBuilder(g.description() == null ? "" : g.description());
    if (g.hs() != null) {
      for (int level : new int[] {6, 4, 2}) {
        if (g.hs().level() >= level) {
          nomenclature.description(g.hs().truncate(level)).ifPresent(d -> s.append(' ').append(d));
        }
      }
    }
    return s.toString();
  }

  /** Words too general to tie goods to a measure worded in prose. */
  private static final Set<String> GENERAL_WORDS = Set.of("including", "include", "related", "item", "items",
      "goods", "product", "products", "other", "others", "whether", "listed", "committee", "material", "materials",
      "materiel", "part", "parts", "forms", "kind", "kinds", "small", "light", "new", "used", "not", "limited",
      "their", "with", "from", "that", "this", "such", "under", "form", "all", "any", "articles", "thereof", "based",
      "natural", "general", "equipment", "annex", "resolution", "member", "states", "state", "dprk");

  /** The telling words of a scope's wording, stemmed. */
  static Set<String> words(String note) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : NOT_LETTERS.split(note.toLowerCase(Locale.ROOT))) {
      if (w.length() >= 4 && !GENERAL_WORDS.contains(w)) {
        words.add(stem(w));
      }
    }
    return Set.copyOf(words);
  }

  /** Whether goods text holds a word of four letters or more among {@code words}. */
  static boolean sharesWord(String goods, Set<String> words) {
    return goods != null && sharesWord(stemmedWords(goods), words);
  }

  private static boolean sharesWord(Set<String> goodsWords, Set<String> words) {
    for (String w : goodsWords) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The words of four letters or more of a text, lower case and stemmed. */
  static Set<String> stemmedWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    if (text.isEmpty()) {
      return Set.of();
    }
    for (String w : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() >= 4) {
        out.add(stem(w));
      }
    }
    return Set.copyOf(out);
  }

  private static String stem(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  // ---------------------------------------------------------------- parties

  private record PartyResult(Bite bite, Outcome listOutcome) {}

  private static PartyResult parties(PartyScope p, Direction d, TransactionFacts f, List<String> evidence,
      List<String> doubts) {
    Bite bite = Bite.YES;
    Outcome listOutcome = null;
    if (!p.lists().isEmpty()) {
      Match best = null;
      Party bestParty = null;
      Match later = null;
      // A measure on people (entry, travel) bites on the traveller, not on any party named.
      List<Party> subjects = onPeople(d) ? f.subjects(d) : null;
      for (var e : f.partyMatches.entrySet()) {
        if (subjects != null && !subjects.contains(e.getKey())) {
          continue;
        }
        for (Match m : e.getValue()) {
          boolean onList = p.lists().stream().anyMatch(l -> ListBindings.covers(l, m.entry()));
          if (onList && !f.listedBy(m.entry())) {
            later = m;
          } else if (onList && (best == null || m.score() > best.score())) {
            best = m;
            bestParty = e.getKey();
          }
        }
      }
      if (best == null) {
        if (later != null) {
          evidence.add(later.entry().entryId() + " \"" + later.entry().name() + "\" matches but was listed only on "
              + later.entry().listedOn() + ", after " + f.asOf);
        }
        return new PartyResult(Bite.NO, null);
      }
      listOutcome = best.outcome() == MatchOutcome.MATCH ? null : Outcome.REVIEW;
      evidence.add(String.format(Locale.ROOT, "%s \"%s\" %s %s %s \"%s\" (score %.2f): %s", role(bestParty),
          bestParty.name(), best.outcome() == MatchOutcome.MATCH ? "matches" : "may match", best.entry().listId(),
          best.entry().entryId(), best.entry().name(), best.score(), best.explanation()));
    }
    if (!p.nationality().isEmpty() || !p.residence().isEmpty()) {
      List<Party> subjects = f.subjects(d);
      Bite found = Bite.NO;
      for (Party s : subjects) {
        Bite b = Bite.YES;
        if (!p.nationality().isEmpty()) {
          b = b.and(s.nationality() == null ? Bite.UNKNOWN : p.nationality().contains(s.nationality()) ? Bite.YES : Bite.NO);
        }
        if (!p.residence().isEmpty()) {
          String where = s.country() != null ? s.country() : d == Direction.PAYMENT ? f.t.destination() : null;
          b = b.and(where == null ? Bite.UNKNOWN : p.residence().contains(where) ? Bite.YES : Bite.NO);
        }
        if (b == Bite.YES) {
          evidence.add(role(s) + " \"" + s.name() + "\" is " + (p.nationality().isEmpty() ? "" : "a national of "
              + s.nationality()) + (p.residence().isEmpty() ? "" : (p.nationality().isEmpty() ? "" : ", ")
              + "resident in " + (s.country() != null ? s.country() : f.t.destination())));
          found = Bite.YES;
          break;
        }
        if (b == Bite.UNKNOWN) {
          found = Bite.UNKNOWN;
        }
      }
      if (found == Bite.UNKNOWN) {
        doubts.add("the nationality or residence of the " + (subjects.isEmpty() ? "party" : role(subjects.get(0)))
            + " is not given");
      }
      bite = bite.and(found);
    }
    if (!p.roles().isEmpty()) {
      boolean inRole = f.t.parties().stream().anyMatch(x -> x.role() != null && p.roles().contains(x.role()));
      if (!inRole) {
        return new PartyResult(Bite.NO, listOutcome);
      }
      evidence.add("a party acts as " + String.join(" or ", p.roles()));
    }
    if (!p.categories().isEmpty() && bite != Bite.NO) {
      doubts.add("it applies to " + String.join(", ", p.categories()).replace('_', ' ') + " only, which the data cannot tell");
      bite = bite.and(Bite.UNKNOWN);
    }
    return new PartyResult(bite, listOutcome);
  }

  private static boolean onPeople(Direction d) {
    return d == Direction.ENTRY || d == Direction.REENTRY || d == Direction.LANDING || d == Direction.TRAVEL;
  }

  private static String role(Party p) {
    return p.role() == null ? "party" : p.role();
  }

  // ---------------------------------------------------------------- vessels

  private static Bite vessels(VesselScope v, TransactionFacts f, List<String> evidence, List<String> doubts) {
    boolean checkable = !v.flags().isEmpty() || !v.flagsExcept().isEmpty() || !v.calledAt().isEmpty()
        || !v.names().isEmpty() || !v.listed().isEmpty();
    if (!checkable) {
      return Bite.YES; // a part worded only in a note describes, it does not narrow
    }
    var vessel = f.t.vessel();
    if (vessel == null) {
      return Bite.NO;
    }
    String name = vessel.name() == null ? "the vessel" : "\"" + vessel.name() + "\"";
    Bite bite = Bite.YES;
    if (!v.flags().isEmpty()) {
      if (vessel.flag() == null) {
        doubts.add("the flag of " + name + " is not given");
        bite = bite.and(Bite.UNKNOWN);
      } else if (v.flags().contains(vessel.flag())) {
        evidence.add(name + " flies the flag of " + vessel.flag());
      } else {
        return Bite.NO;
      }
    }
    if (!v.flagsExcept().isEmpty()) {
      if (vessel.flag() == null) {
        doubts.add("the flag of " + name + " is not given");
        bite = bite.and(Bite.UNKNOWN);
      } else if (v.flagsExcept().contains(vessel.flag())) {
        return Bite.NO;
      } else {
        evidence.add(name + " flies the flag of " + vessel.flag());
      }
    }
    if (!v.calledAt().isEmpty()) {
      boolean called = f.calledCountries.stream().anyMatch(v.calledAt()::contains);
      if (called) {
        f.calledEvidence.stream().filter(e -> v.calledAt().stream().anyMatch(c -> e.contains("(" + c + ")")))
            .forEach(evidence::add);
      } else if (f.unknownCalls) {
        doubts.add("some earlier port calls of " + name + " are at places the gazetteer does not know");
        bite = bite.and(Bite.UNKNOWN);
      } else {
        return Bite.NO;
      }
    }
    if (!v.names().isEmpty()) {
      String n = vessel.name() == null ? "" : fold(vessel.name());
      boolean named = v.names().stream().anyMatch(x -> fold(x).equals(n));
      if (!named) {
        return Bite.NO;
      }
      evidence.add(name + " is named in the measure");
    }
    if (!v.listed().isEmpty()) {
      Match best = null;
      for (Match m : f.vesselMatches) {
        if (v.listed().stream().anyMatch(l -> ListBindings.covers(l, m.entry())) && f.listedBy(m.entry())
            && (best == null || m.score() > best.score())) {
          best = m;
        }
      }
      if (best == null) {
        return Bite.NO;
      }
      evidence.add(String.format(Locale.ROOT, "%s %s %s %s \"%s\" (score %.2f): %s", name,
          best.outcome() == MatchOutcome.MATCH ? "matches" : "may match", best.entry().listId(), best.entry().entryId(),
          best.entry().name(), best.score(), best.explanation()));
      if (best.outcome() != MatchOutcome.MATCH) {
        doubts.add(name + " only possibly matches a listed vessel");
        bite = bite.and(Bite.UNKNOWN);
      }
    }
    return bite;
  }

  private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]");

  private static String fold(String s) {
    return NOT_LETTERS_OR_DIGITS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  // ---------------------------------------------------------------- thresholds and exceptions

  private enum ThresholdResult { NONE, ABOVE, BELOW, NO_RATE }

  /** Compares per-transaction thresholds (caps per year are global and only cited). */
  private ThresholdResult thresholds(MeasureInForce m, Direction d, TransactionFacts f, List<String> evidence) {
    ThresholdResult result = ThresholdResult.NONE;
    for (Threshold t : m.thresholds()) {
      if (!t.isMoney() || t.per() != null && !t.per().equals("transaction")) {
        evidence.add("counts against " + t.describe());
        continue;
      }
      BigDecimal amount = f.t.amount();
      String currency = f.t.currency();
      if (amount == null && !f.t.goods().isEmpty()) {
        amount = f.t.goodsValue();
        currency = f.t.goods().get(0).currency();
      }
      if (amount == null || currency == null) {
        continue;
      }
      Optional<Conversion> c = rates.convert(amount, currency, t.currency(), f.t.date(), f.t.rates());
      if (c.isEmpty()) {
        evidence.add("amount " + currency + " " + amount.toPlainString() + ": no " + currency + "/" + t.currency()
            + " rate given for " + f.t.date());
        return ThresholdResult.NO_RATE;
      }
      BigDecimal converted = c.get().amount();
      String shown = t.currency() + " " + String.format(Locale.ROOT, "%,.0f", converted)
          + (currency.equals(t.currency()) ? "" : " (" + currency + " " + amount.toPlainString() + " at " + c.get().rateUsed() + ")");
      if (t.catches(converted)) {
        evidence.add("amount " + shown + " is " + t.describe().replace(">=", "at least").replace(">", "more than")
            .replace("<=", "at most").replace("<", "less than"));
        result = ThresholdResult.ABOVE;
      } else {
        evidence.add("amount " + shown + " is not " + t.describe().replace(">=", "at least")
            .replace(">", "more than").replace("<=", "at most").replace("<", "less than"));
        return ThresholdResult.BELOW;
      }
    }
    return result;
  }

  /** The first exception whose checkable conditions all hold; note-only ones are only mentioned. */
  private Exemption exemption(MeasureInForce m, TransactionFacts f, List<String> evidence) {
    for (Exemption e : m.exemptions()) {
      var w = e.when();
      boolean checkable = false;
      boolean holds = true;
      if (!w.purpose().isEmpty()) {
        checkable = true;
        holds = f.t.purpose() != null && w.purpose().contains(f.t.purpose());
      }
      if (holds && w.amount() != null) {
        checkable = true;
        if (f.t.amount() == null) {
          holds = false;
        } else {
          Optional<Conversion> c = rates.convert(f.t.amount(), f.t.currency(), w.amount().currency(), f.t.date(),
              f.t.rates());
          holds = c.isPresent() && w.amount().catches(c.get().amount());
        }
      }
      boolean uncheckable = false;
      if (holds && w.goods() != null) {
        if (!w.goods().hs().isEmpty() || w.goods().all()) {
          checkable = true;
          holds = !f.classifications.isEmpty() && f.classifications.stream()
              .allMatch(c -> c.hs() != null && w.goods().coversCode(c.hs()));
        } else {
          uncheckable = true; // goods named only in words: a person must judge
        }
      }
      if (checkable && holds && uncheckable) {
        evidence.add("exception " + e.id() + " may apply, which the data cannot fully tell: " + e.title());
        continue;
      }
      if (checkable && holds) {
        evidence.add("exception " + e.id() + " applies: " + e.title()
            + (w.note() == null ? "" : " (provided that " + w.note() + ")"));
        return e;
      }
      if (!checkable) {
        evidence.add("exception " + e.id() + " may apply, which the data cannot tell: " + e.title());
      }
    }
    return null;
  }

  private static String round(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}

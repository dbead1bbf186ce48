package org.kenmon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.match.index.ListIndex;

/** The matcher over a handful of entries written like the UN list's DPRK records. */
class NameMatcherTest {
  private static ListEntry entry(String id, EntityType type, List<String> strong, List<String> weak,
      List<BirthDate> dobs, List<String> nationalities, List<Identifier> ids) {
    List<EntityName> names = new java.util.ArrayList<>();
    for (int i = 0; i < strong.size(); i++) {
      names.add(new EntityName(strong.get(i), i == 0 ? NameStrength.PRIMARY : NameStrength.STRONG));
    }
    weak.forEach(w -> names.add(new EntityName(w, NameStrength.WEAK)));
    return new ListEntry("test", id, type, names, dobs, nationalities, List.of(), ids, List.of("DPRK"), null, null);
  }

  private static final NameMatcher MATCHER = new NameMatcher(ListIndex.of(List.of(new ListVersion("test", "Test",
      "test", LocalDate.of(2026, 2, 27), "0".repeat(64), List.of(
          entry("KPi.023", EntityType.PERSON, List.of("KIM TONG MY'ONG", "Kim Tong-Myong", "Kim Chin-So'k"),
              List.of(), List.of(BirthDate.year(1964)), List.of("KP"), List.of()),
          entry("KPi.064", EntityType.PERSON, List.of("CH'OE SO'K MIN"), List.of("Choe Sok Min"),
              List.of(BirthDate.parse("1978-07-25")), List.of("KP"), List.of()),
          entry("KPi.024", EntityType.PERSON, List.of("KIM YONG CHOL", "Kim Yong-Chol", "Kim Young-Chol"),
              List.of(), List.of(BirthDate.between(1946, 1947)), List.of("KP"), List.of()),
          entry("KPe.010", EntityType.ORGANIZATION, List.of("KOREA TONGHAE SHIPPING COMPANY"), List.of(),
              List.of(), List.of(), List.of()),
          entry("KPe.V1", EntityType.VESSEL, List.of("CHON MA SAN"), List.of(), List.of(), List.of(),
              List.of(Identifier.of(IdentifierType.IMO, "8660313"))),
          entry("KPi.100", EntityType.PERSON, List.of("RI YONG HO"), List.of(), List.of(), List.of("KP"),
              List.of()))))),
      MatchThresholds.DEFAULT);

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(m -> m.entry().entryId()).toList();
  }

  @Test
  void match_romanizationsAndHangul_findTheEntry() {
    for (String q : Arrays.asList("Gim Dong-myeong", "김동명", "Kim Tongmyong", "KIM Tong Myong", "Dong-myeong Gim")) {
      List<Match> m = MATCHER.match(MatchQuery.name(q));
      assertThat(ids(m)).as(q).first().isEqualTo("KPi.023");
      assertThat(m.get(0).outcome()).as(q).isEqualTo(MatchOutcome.MATCH);
    }
  }

  @Test
  void match_explainsWhichTokenMetWhich() {
    Match m = MATCHER.match(MatchQuery.name("Gim Dong-myeong")).get(0);
    assertThat(m.explanation()).contains("gim ~ kim (korean", "dong ~ tong (korean", "KIM TONG MY'ONG");
  }

  @Test
  void match_weakAliasAlone_isHeldAtReview() {
    Match m = MATCHER.match(new MatchQuery("Choe Sok-Min", null, null, null, null)).stream()
        .filter(x -> x.entry().entryId().equals("KPi.064")).findFirst().orElseThrow();
    // The primary name CH'OE SO'K MIN matches as well as the weak alias, so the primary wins.
    assertThat(m.strength()).isEqualTo(NameStrength.PRIMARY);
    assertThat(m.outcome()).isEqualTo(MatchOutcome.MATCH);
  }

  @Test
  void match_dobConflict_lowersTheScore() {
    Match plain = MATCHER.match(MatchQuery.name("Kim Yong Chol")).get(0);
    Match conflicting = MATCHER.match(new MatchQuery("Kim Yong Chol", BirthDate.year(1990), null, null, null)).get(0);
    Match agreeing = MATCHER.match(new MatchQuery("Kim Yong Chol", BirthDate.year(1946), "KP", null, null)).get(0);
    assertThat(conflicting.score()).isLessThan(plain.score());
    assertThat(conflicting.explanation()).contains("conflicts");
    assertThat(agreeing.score()).isGreaterThanOrEqualTo(plain.score());
  }

  /** "Ali Mohammed" is an alias of one listed person and the name of very many others. */
  @Test
  void match_nameOfCommonWordsOnly_needsAnAgreeingDateOfBirthToMatch() {
    List<ListEntry> entries = new java.util.ArrayList<>();
    entries.add(entry("CFi.010", EntityType.PERSON, List.of("ALI KONY", "Ali Mohammed"), List.of(),
        List.of(BirthDate.parse("1980-01-01")), List.of(), List.of()));
    for (int i = 0; i < 120; i++) {
      String unique = "zor" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "blat";
      String common = i % 2 == 0 ? "MOHAMMED " : "ALI ";
      entries.add(entry("X" + i, EntityType.PERSON, List.of(i < 80 ? common + unique : unique), List.of(), List.of(),
          List.of(), List.of()));
    }
    NameMatcher m = new NameMatcher(ListIndex.of(List.of(new ListVersion("test", "Test", "test",
        LocalDate.of(2026, 2, 27), "0".repeat(64), entries))), MatchThresholds.DEFAULT);
    assertThat(m.index().commonWordsOnly(0)).isFalse(); // ALI KONY: kony is rare
    Match alone = m.match(MatchQuery.name("Mohammed Ali")).get(0);
    assertThat(alone.entry().entryId()).isEqualTo("CFi.010");
    assertThat(alone.outcome()).isEqualTo(MatchOutcome.REVIEW);
    assertThat(alone.explanation()).contains("every word of the name is common");
    Match withDob = m.match(new MatchQuery("Mohammed Ali", BirthDate.parse("1980-01-01"), null, null, null)).get(0);
    assertThat(withDob.outcome()).isEqualTo(MatchOutcome.MATCH);
    assertThat(m.match(MatchQuery.name("Ali Kony")).get(0).outcome()).isEqualTo(MatchOutcome.MATCH);
  }

  @Test
  void match_dobConflict_neverDecidesAMatchAlone() {
    // An exact name with another date of birth: more likely a namesake, so a person must look.
    Match m = MATCHER.match(new MatchQuery("KIM YONG CHOL", BirthDate.parse("1990-01-01"), "KP", null, null)).get(0);
    assertThat(m.entry().entryId()).isEqualTo("KPi.024");
    assertThat(m.outcome()).isEqualTo(MatchOutcome.REVIEW);
    assertThat(m.score()).isLessThan(MatchThresholds.DEFAULT.match());
  }

  @Test
  void match_typeConflict_dropsAPersonQueryAgainstAnOrganisation() {
    List<Match> m = MATCHER.match(new MatchQuery("Korea Tonghae Shipping", null, null, EntityType.PERSON, null));
    assertThat(ids(m)).doesNotContain("KPe.010");
    assertThat(ids(MATCHER.match(MatchQuery.name("Korea Tonghae Shipping Co")))).contains("KPe.010");
  }

  @Test
  void match_identifier_decidesAtOnce() {
    List<Match> m = MATCHER.match(new MatchQuery("Some Other Name", null, null, null,
        List.of(Identifier.of(IdentifierType.IMO, "IMO 8660313"))));
    assertThat(ids(m)).first().isEqualTo("KPe.V1");
    assertThat(m.get(0).score()).isEqualTo(1.0);
    assertThat(m.get(0).explanation()).contains("is listed for this entry");
  }

  @Test
  void match_unrelatedNames_findNothing() {
    for (String q : List.of("Olaf Scholz", "Toshiba Corporation", "Park Ji-sung", "Xyzzy Qwerty")) {
      assertThat(MATCHER.match(MatchQuery.name(q))).as(q).isEmpty();
    }
  }

  @Test
  void match_riLeeYi_meetOnTheInitialSoundRule() {
    assertThat(ids(MATCHER.match(MatchQuery.name("Lee Yong Ho")))).first().isEqualTo("KPi.100");
    assertThat(ids(MATCHER.match(MatchQuery.name("Yi Yong-ho")))).first().isEqualTo("KPi.100");
  }
}

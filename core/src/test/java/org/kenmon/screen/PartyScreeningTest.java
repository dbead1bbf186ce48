package org.kenmon.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.transaction.Party;

/** Remembered party matches are the matcher's own answers, whatever order parties come in. */
class PartyScreeningTest {
  private static final NameMatcher MATCHER = new NameMatcher(ListIndex.of(List.of(new ListVersion("test", "Test",
      "test", LocalDate.of(2026, 2, 27), "0".repeat(64), List.of(
          new ListEntry("test", "KPe.004", EntityType.ORGANIZATION,
              List.of(new EntityName("NAM CHONG GAN TRADING CORPORATION", NameStrength.PRIMARY)), List.of(),
              List.of("KP"), List.of(), List.of(), List.of("DPRK"), null, null))))),
      MatchThresholds.DEFAULT);

  private static Party party(String role, String name) {
    return new Party(role, name, "KP", null, null, null, List.of());
  }

  private static List<Match> uncached(Party p, EntityType type) {
    return MATCHER.match(new MatchQuery(p.name(), null, "KP", type, List.of()));
  }

  @Test
  void matches_sameNameInRolesOfAnotherType_answersEachAsTheMatcherDoes() {
    Party bank = party("payer_bank", "Nam Chong Gan Trading");
    Party traveller = party("traveller", "Nam Chong Gan Trading");
    // The type weighs in (a person is not an organisation), so the two answers differ.
    assertThat(uncached(bank, EntityType.ORGANIZATION)).isNotEmpty()
        .isNotEqualTo(uncached(traveller, EntityType.PERSON));
    for (List<Party> order : List.of(List.of(bank, traveller), List.of(traveller, bank))) {
      PartyScreening screening = new PartyScreening(MATCHER);
      for (Party p : order) {
        EntityType type = p == bank ? EntityType.ORGANIZATION : EntityType.PERSON;
        assertThat(screening.matches(p)).as(p.role() + " after " + order.get(0).role())
            .isEqualTo(uncached(p, type));
        assertThat(screening.matches(p)).isEqualTo(uncached(p, type)); // remembered now
      }
    }
  }
}

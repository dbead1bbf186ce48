package org.kenmon.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.match.index.ListIndex;
import org.junit.jupiter.api.Test;

class FullScanJaroWinklerTest {
  private static ListEntry person(String id, String name) {
    return new ListEntry("test", id, EntityType.PERSON, List.of(new EntityName(name, NameStrength.PRIMARY)),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
  }

  private static final ListIndex INDEX = ListIndex.of(List.of(new ListVersion("test", "Test", "csv",
      LocalDate.of(2026, 1, 1), "0".repeat(64),
      List.of(person("1", "Muammar Gaddafi"), person("2", "Kim Tong Myong"), person("3", "John Smith")))));

  @Test
  void best_scoresEveryNameAndKeepsTheMostSimilar() {
    FullScanJaroWinkler baseline = new FullScanJaroWinkler(INDEX);
    assertThat(baseline.size()).isEqualTo(3);
    FullScanJaroWinkler.Hit hit = baseline.best("MOAMMAR GADDAFY");
    assertThat(INDEX.name(hit.nameId()).name().original()).isEqualTo("Muammar Gaddafi");
    assertThat(hit.score()).isGreaterThan(0.8).isLessThan(1);
  }

  @Test
  void best_normalizesTheQueryLikeTheIndex() {
    FullScanJaroWinkler.Hit hit = new FullScanJaroWinkler(INDEX).best("KIM TONG MY'ONG");
    assertThat(INDEX.name(hit.nameId()).name().original()).isEqualTo("Kim Tong Myong");
    assertThat(hit.score()).isEqualTo(1.0);
  }
}

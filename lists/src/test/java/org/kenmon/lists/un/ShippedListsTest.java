package org.kenmon.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.IdentifierType;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ShippedLists;

/** The whole shipped UN list; counts as in shared/data/lists/PROVENANCE.md and the shipped PROVENANCE.md. */
class ShippedListsTest {
  private static final ListReadResult RESULT = ShippedLists.readUn();
  private static final Map<String, ListEntry> BY_ID = RESULT.version().entries().stream()
      .collect(Collectors.toMap(ListEntry::entryId, Function.identity()));

  @Test
  void readUn_fullList_730IndividualsAnd273EntitiesNoProblems() {
    assertThat(RESULT.read()).isEqualTo(1003);
    assertThat(RESULT.loaded()).isEqualTo(1003);
    assertThat(RESULT.problems()).isEmpty();
    Map<EntityType, Long> byType = RESULT.version().entries().stream()
        .collect(Collectors.groupingBy(ListEntry::type, Collectors.counting()));
    assertThat(byType).containsOnly(Map.entry(EntityType.PERSON, 730L), Map.entry(EntityType.ORGANIZATION, 273L));
  }

  @Test
  void readUn_versionIsStampedWithTheFilesHash() {
    ListVersion v = RESULT.version();
    assertThat(v.label()).isEqualTo("un-sc@2026-02-27#66b392a40908");
    assertThat(v.sha256()).isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
    assertThat(v.asOf()).isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void readUn_dprkProgram_80IndividualsAnd75Entities() {
    Map<EntityType, Long> dprk = RESULT.version().entries().stream().filter(e -> e.programs().contains("DPRK"))
        .collect(Collectors.groupingBy(ListEntry::type, Collectors.counting()));
    assertThat(dprk).containsOnly(Map.entry(EntityType.PERSON, 80L), Map.entry(EntityType.ORGANIZATION, 75L));
  }

  @Test
  void readUn_kpi023And064_presentWithTheirAliases() {
    assertThat(BY_ID.get("KPi.023").names()).extracting(EntityName::value).containsExactly("KIM TONG MY’ONG",
        "Kim Chin-So’k", "Kim Tong-Myong", "Kim Jin-Sok", "Kim Hyok-Chol", "Kim Tong-Myo’ng", "Kim Tong Myong",
        "Kim Hyok Chol");
    assertThat(BY_ID.get("KPi.064").names()).containsExactly(
        new EntityName("CH'OE SO’K MIN", NameStrength.PRIMARY), new EntityName("Choe Sok Min", NameStrength.WEAK));
  }

  @Test
  void readUn_imoNumbers_all16KeptAsCompanyNumbersNoneRejected() {
    long imo = RESULT.version().entries().stream().flatMap(e -> e.identifiers().stream())
        .filter(i -> i.type() == IdentifierType.IMO).count();
    assertThat(imo).isEqualTo(16);
    assertThat(RESULT.problemsOn("imo")).isEmpty();
  }

  @Test
  void un_eachCall_givesAFreshEqualVersion() {
    ListVersion a = ShippedLists.un();
    ListVersion b = ShippedLists.un();
    assertThat(a).isNotSameAs(b).isEqualTo(b);
    assertThat(a.entries()).hasSize(1003);
  }
}

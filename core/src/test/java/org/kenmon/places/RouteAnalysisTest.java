package org.kenmon.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing rules on real routes. */
class RouteAnalysisTest {
  private static final Gazetteer SHIPPED = Gazetteer.shipped();
  private final RouteAnalysis routes = new RouteAnalysis(SHIPPED);

  @Test
  void analyse_japanThroughChinaOverTheBridge_crossesAtDandongSinuiju() {
    Route r = routes.analyse(List.of("Yokohama", "Dalian", "Dandong", "Sinuiju"), null);
    assertThat(r.reachesKp()).isTrue();
    assertThat(r.firstKpPlace()).map(Place::id).contains("kp-sinuiju");
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.DIRECT_CROSSING);
    assertThat(e.crossing()).map(Place::id).contains("xing-sino-korean-friendship-bridge");
    assertThat(e.inferred()).isFalse();
    // the New Yalu River Bridge links the same towns but is not in service: an alternative only
    assertThat(e.alternatives()).extracting(Place::id).containsExactly("xing-new-yalu-river-bridge");
    assertThat(r.countries()).containsExactly("JP", "CN", "KP");
    assertThat(r.throughThirdCountry()).isTrue();
    assertThat(r.evidence()).anySatisfy(line -> assertThat(line).startsWith(
        "route reaches the DPRK at Sinuiju via the Sino-Korean Friendship Bridge (Dandong–Sinuiju)"));
    assertThat(r.evidence()).anySatisfy(line -> assertThat(line).contains("through a third country to the DPRK"));
  }

  @Test
  void analyse_sameRouteInNativeScripts_givesSameAnswer() {
    Route r = routes.analyse(List.of("横浜", "大连", "丹東", "신의주"), null);
    assertThat(r.crossing()).map(Place::id).contains("xing-sino-korean-friendship-bridge");
    assertThat(r.countries()).containsExactly("JP", "CN", "KP");
    assertThat(r.unknownStops()).isEmpty();
  }

  @Test
  void analyse_niigataToNampo_entersBySea() {
    Route r = routes.analyse(List.of("Niigata", "Namp'o"), null);
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.SEA_ENTRY);
    assertThat(e.crossing()).isEmpty();
    assertThat(e.from()).map(Place::id).contains("jp-niigata");
    assertThat(e.into()).map(Place::id).contains("kp-nampo");
    assertThat(r.countries()).containsExactly("JP", "KP");
    assertThat(r.throughThirdCountry()).isFalse();
    assertThat(r.evidence()).contains("route reaches the DPRK at Nampo by sea from Niigata [SEA_ENTRY]");
  }

  @Test
  void analyse_kobeToDalianWithDestinationKp_reachesKpWithoutCrossing() {
    Route r = routes.analyse(List.of("Kobe", "Dalian"), "kp");
    assertThat(r.destination()).contains("KP");
    assertThat(r.reachesKp()).isTrue();
    assertThat(r.firstKpPlace()).isEmpty();
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.DESTINATION_ONLY);
    assertThat(e.crossing()).isEmpty();
    assertThat(e.from()).map(Place::id).contains("cn-dalian");
    assertThat(e.inferred()).isTrue();
    assertThat(r.countries()).containsExactly("JP", "CN", "KP");
    assertThat(r.throughThirdCountry()).isTrue();
  }

  @Test
  void analyse_endsAtDandongWithDestinationKp_infersTheFriendshipBridge() {
    Route r = routes.analyse(List.of("Osaka", "Dandong"), "KP");
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.DESTINATION_ONLY);
    assertThat(e.crossing()).map(Place::id).contains("xing-sino-korean-friendship-bridge");
    assertThat(e.into()).map(Place::id).contains("kp-sinuiju");
    assertThat(e.inferred()).isTrue();
    assertThat(r.evidence()).anySatisfy(line -> assertThat(line)
        .contains("crosses at Sinuiju via the Sino-Korean Friendship Bridge (Dandong–Sinuiju), most likely (inferred)"));
  }

  @Test
  void analyse_tumenToNamyang_prefersRoadBridgeAndOffersRail() {
    Route r = routes.analyse(List.of("Tumen", "Namyang"), null);
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.DIRECT_CROSSING);
    assertThat(e.crossing()).map(Place::id).contains("xing-tumen-namyang-road");
    assertThat(e.alternatives()).extracting(Place::id).containsExactly("xing-tumen-namyang-rail");
    assertThat(r.countries()).containsExactly("CN", "KP");
    // Namyang is also a South Korean town: the evidence says so
    assertThat(r.evidence()).anySatisfy(line -> assertThat(line).contains("Hwaseong (KR)"));
  }

  @Test
  void analyse_routeOutsideKp_doesNotReachKp() {
    Route r = routes.analyse(List.of("Yokohama", "Shanghai", "Qingdao", "Tianjin"), "CN");
    assertThat(r.reachesKp()).isFalse();
    assertThat(r.entry()).isEmpty();
    assertThat(r.firstKpPlace()).isEmpty();
    assertThat(r.countries()).containsExactly("JP", "CN");
    assertThat(r.evidence()).last().asString().contains("does not reach the DPRK");
  }

  @Test
  void analyse_hunchunToRajin_infersQuanheCrossing() {
    Route r = routes.analyse(List.of("Hunchun", "Rajin"), null);
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.FROM_CROSSING_TOWN);
    assertThat(e.crossing()).map(Place::id).contains("xing-quanhe-wonjong");
    assertThat(e.into()).map(Place::id).contains("kp-wonjong");
    assertThat(e.inferred()).isTrue();
    assertThat(r.firstKpPlace()).map(Place::id).contains("kp-rajin");
  }

  @Test
  void analyse_linjiangToHyesan_prefersTheCrossingIntoHyesan() {
    Route.Entry e = routes.analyse(List.of("Linjiang", "Hyesan"), null).entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.INTO_CROSSING_TOWN);
    assertThat(e.crossing()).map(Place::id).contains("xing-changbai-hyesan");
    assertThat(e.alternatives()).extracting(Place::id).containsExactly("xing-linjiang-chunggang");
  }

  @Test
  void analyse_russianRailRoute_crossesAtKhasan() {
    Route r = routes.analyse(List.of("Vladivostok", "Хасан", "Tumangang", "Rason"), null);
    assertThat(r.crossing()).map(Place::id).contains("xing-khasan-tumangang");
    assertThat(r.entry().orElseThrow().rule()).isEqualTo(RoutingRule.DIRECT_CROSSING);
    assertThat(r.countries()).containsExactly("RU", "KP");
  }

  @Test
  void analyse_namedCrossing_isUsedEvenWithoutDprkPlace() {
    Route r = routes.analyse(List.of("Dandong", "中朝友谊桥"), null);
    assertThat(r.reachesKp()).isTrue();
    assertThat(r.firstKpPlace()).isEmpty();
    Route.Entry e = r.entry().orElseThrow();
    assertThat(e.rule()).isEqualTo(RoutingRule.NAMED_CROSSING);
    assertThat(e.into()).map(Place::id).contains("kp-sinuiju");
    assertThat(r.countries()).containsExactly("CN", "KP");
  }

  @Test
  void analyse_unknownStops_areKeptFlaggedAndMakeTheCrossingInferred() {
    Route r = routes.analyse(List.of("Dandong", "Warehouse 7", "Sinuiju"), null);
    assertThat(r.stops()).extracting(Route.Stop::input).containsExactly("Dandong", "Warehouse 7", "Sinuiju");
    assertThat(r.unknownStops()).singleElement().satisfies(s -> {
      assertThat(s.position()).isEqualTo(2);
      assertThat(s.place()).isEmpty();
    });
    assertThat(r.entry().orElseThrow().inferred()).isTrue();
    assertThat(r.evidence()).first().asString().contains("'Warehouse 7' is not in the gazetteer");
  }

  @Test
  void analyse_onlyUnknownStops_doesNotReachKp() {
    Route r = routes.analyse(List.of("Atlantis", "El Dorado"), null);
    assertThat(r.reachesKp()).isFalse();
    assertThat(r.countries()).isEmpty();
    assertThat(r.unknownStops()).hasSize(2);
    assertThat(r.evidence()).last().asString().contains("2 stop(s) unknown");
  }

  @Test
  void analyse_declaredDestinationElsewhere_stillFlagsTheDprk() {
    Route r = routes.analyse(List.of("Dalian", "Nampo"), "CN");
    assertThat(r.reachesKp()).isTrue();
    assertThat(r.countries()).containsExactly("CN", "KP", "CN");
    assertThat(r.evidence()).anySatisfy(line -> assertThat(line).contains("declared destination is CN, but"));
  }

  @Test
  void analyse_looselyMatchedStop_saysHow() {
    Route r = routes.analyse(List.of("Port of Nampo"), null);
    assertThat(r.evidence()).first().asString().contains("read as Nampo (KP, port)").contains("prefix or suffix");
    assertThat(r.entry().orElseThrow().rule()).isEqualTo(RoutingRule.UNIDENTIFIED);
  }

  @Test
  void analyse_emptyRouteWithDestinationKp_reachesKpOnTheDeclarationAlone() {
    Route r = routes.analyse(List.of(), "KP");
    assertThat(r.reachesKp()).isTrue();
    assertThat(r.entry().orElseThrow().from()).isEmpty();
    assertThat(r.countries()).containsExactly("KP");
  }

  @Test
  void analyse_badDestination_throwsNamingIt() {
    assertThatThrownBy(() -> routes.analyse(List.of("Dalian"), "DPRK"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'DPRK'");
  }

  @Test
  void analyse_tooManyStops_throwsNamingTheLimit() {
    List<String> route = new ArrayList<>(Collections.nCopies(RouteAnalysis.MAX_STOPS + 1, "Dalian"));
    assertThatThrownBy(() -> routes.analyse(route, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RouteAnalysis.MAX_STOPS");
  }

  @Test
  void analyse_nullStop_throwsNpe() {
    assertThatThrownBy(() -> routes.analyse(java.util.Arrays.asList("Dalian", null), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("route stop 2");
  }
}

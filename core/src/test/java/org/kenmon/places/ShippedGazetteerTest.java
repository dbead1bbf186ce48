package org.kenmon.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped resource parses with no bad row and holds what docs/places.md says it holds. */
class ShippedGazetteerTest {
  private static final Gazetteer SHIPPED = Gazetteer.shipped();

  @Test
  void read_shippedResource_hasNoBadRows() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.SHIPPED_RESOURCE)) {
      assertThat(in).isNotNull();
      // read() throws GazetteerFormatException on any bad row; the count pins that none was skipped
      Gazetteer g = Gazetteer.read("places.yaml", in);
      assertThat(g.size()).isEqualTo(53);
    }
  }

  @Test
  void shipped_isReadOnce() {
    assertThat(Gazetteer.shipped()).isSameAs(SHIPPED);
  }

  @Test
  void shipped_countsByKindAndCountry() {
    Map<String, Long> counts = SHIPPED.places().stream().collect(
        Collectors.groupingBy(p -> p.kind() + " " + p.country(), TreeMap::new, Collectors.counting()));
    assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "CITY KP", 8L, "PORT KP", 8L,
        "CITY CN", 6L, "PORT CN", 8L, "CROSSING CN", 10L,
        "CITY RU", 1L, "PORT RU", 1L, "CROSSING RU", 1L,
        "PORT JP", 10L)));
  }

  @Test
  void shipped_everyPlaceCitesSourcesAndEveryCoordinateItsSource() {
    for (Place p : SHIPPED.places()) {
      assertThat(p.sources()).as(p.id()).isNotEmpty();
      if (p.hasCoordinates()) {
        assertThat(p.coordinatesSource()).as(p.id()).isNotBlank();
      } else {
        assertThat(p.unconfirmed()).as(p.id()).containsKey("coordinates");
      }
    }
  }

  @Test
  void shipped_crossingsLinkATownToADprkPlace() {
    for (Place c : SHIPPED.places()) {
      if (!c.isCrossing()) {
        continue;
      }
      Place town = SHIPPED.place(c.town()).orElseThrow();
      Place across = SHIPPED.place(c.counterpart()).orElseThrow();
      assertThat(town.country()).as(c.id()).isEqualTo(c.country()).isIn("CN", "RU");
      assertThat(across.country()).as(c.id()).isEqualTo("KP");
    }
  }

  @Test
  void shipped_newYaluRiverBridge_isUnconfirmedAndNotInService() {
    Place bridge = SHIPPED.place("xing-new-yalu-river-bridge").orElseThrow();
    assertThat(bridge.hasCoordinates()).isFalse();
    assertThat(bridge.lat()).isNull();
    assertThat(bridge.isUnconfirmed("coordinates")).isTrue();
    assertThat(bridge.status()).isEqualTo(Place.Status.NOT_IN_SERVICE);
    Place dandong = SHIPPED.place("cn-dandong").orElseThrow();
    assertThat(SHIPPED.crossingsFrom(dandong)).extracting(Place::id)
        .containsExactly("xing-sino-korean-friendship-bridge", "xing-new-yalu-river-bridge");
  }

  @Test
  void shipped_friendshipBridge_carriesFactSheetCoordinatesAndModes() {
    Place bridge = SHIPPED.place("xing-sino-korean-friendship-bridge").orElseThrow();
    assertThat(bridge.lat()).isEqualTo(40.115);
    assertThat(bridge.lon()).isEqualTo(124.3925);
    assertThat(bridge.modes()).containsExactlyInAnyOrder(Place.Mode.RAIL, Place.Mode.ROAD, Place.Mode.BRIDGE);
    assertThat(bridge.town()).isEqualTo("cn-dandong");
    assertThat(bridge.counterpart()).isEqualTo("kp-sinuiju");
  }

  @Test
  void shipped_japanesePorts_haveNoInventedCoordinatesOrLocodes() {
    for (Place p : SHIPPED.places()) {
      if (p.country().equals("JP")) {
        assertThat(p.hasCoordinates()).as(p.id()).isFalse();
        assertThat(p.locode()).as(p.id()).isNull();
        assertThat(p.unconfirmed()).as(p.id()).containsKeys("coordinates", "locode");
      }
    }
  }

  @Test
  void shipped_locodesOnlyForChinesePlaces() {
    assertThat(SHIPPED.places().stream().filter(p -> p.locode() != null).map(Place::country).distinct())
        .containsExactly("CN");
    assertThat(SHIPPED.place("cn-dalian").orElseThrow().locode()).isEqualTo("CNDAL");
    assertThat(SHIPPED.place("cn-dandong").orElseThrow().locode()).isEqualTo("CNDDG");
  }

  @Test
  void shipped_namesPerScript() {
    Map<PlaceName.Script, Long> perScript = SHIPPED.places().stream().flatMap(p -> p.names().stream())
        .collect(Collectors.groupingBy(PlaceName::script, TreeMap::new, Collectors.counting()));
    assertThat(perScript.keySet()).containsExactlyInAnyOrder(PlaceName.Script.values());
    assertThat(perScript.get(PlaceName.Script.LATIN)).isGreaterThan(100);
    assertThat(perScript.get(PlaceName.Script.HANGUL)).isGreaterThan(40);
  }
}

package org.kenmon.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kenmon.match.normalize.NameNormalizer;

/** Resolution of real name variants in every script against the shipped gazetteer. */
class GazetteerResolveTest {
  private static final Gazetteer SHIPPED = Gazetteer.shipped();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // Sinuiju: DPRK official, MR with breve, Japanese-style, Hangul, Hanja, simplified, Kana
      "Sinuiju|kp-sinuiju", "Sinŭiju|kp-sinuiju", "SINUIJU|kp-sinuiju", "Shinuiju|kp-sinuiju", "신의주|kp-sinuiju",
      "新義州|kp-sinuiju", "新义州|kp-sinuiju", "シニジュ|kp-sinuiju",
      // Dandong: Pinyin, simplified, traditional, Hangul, Wade–Giles with and without hyphen
      "Dandong|cn-dandong", "丹东|cn-dandong", "丹東|cn-dandong", "단둥|cn-dandong", "Tan-tung|cn-dandong",
      "Tan tung|cn-dandong", "Tantung|cn-dandong", "Antung|cn-dandong",
      // Nampo: DPRK official, MR with ASCII and typographic apostrophe, Hangul, Hanja
      "Nampo|kp-nampo", "Namp'o|kp-nampo", "Namp’o|kp-nampo", "Nampho|kp-nampo", "남포|kp-nampo", "南浦|kp-nampo",
      // Rajin and Rason
      "Rajin|kp-rajin", "Rason|kp-rajin", "Rasŏn|kp-rajin", "Najin|kp-rajin", "라진|kp-rajin", "羅津|kp-rajin",
      "罗津|kp-rajin", "라선|kp-rajin",
      "Hyesan|kp-hyesan", "혜산|kp-hyesan", "惠山|kp-hyesan", "恵山|kp-hyesan",
      "Changbai|cn-changbai", "长白|cn-changbai", "長白|cn-changbai", "Ch'ang-pai|cn-changbai",
      "Hunchun|cn-hunchun", "珲春|cn-hunchun", "琿春|cn-hunchun", "훈춘|cn-hunchun", "Hun-ch'un|cn-hunchun",
      "Niigata|jp-niigata", "新潟|jp-niigata", "니가타|jp-niigata", "にいがた|jp-niigata", "ニイガタ|jp-niigata",
      "Yokohama|jp-yokohama", "横浜|jp-yokohama", "橫濱|jp-yokohama", "横滨|jp-yokohama",
      "Dalian|cn-dalian", "大连|cn-dalian", "大連|cn-dalian", "Dairen|cn-dalian", "Ta-lien|cn-dalian",
      "다롄|cn-dalian",
      "Pyongyang|kp-pyongyang", "P'yŏngyang|kp-pyongyang", "평양|kp-pyongyang", "平壤|kp-pyongyang",
      "平壌|kp-pyongyang", "ピョンヤン|kp-pyongyang",
      "Chongjin|kp-chongjin", "Ch'ŏngjin|kp-chongjin", "清津|kp-chongjin",
      "Hŭngnam|kp-hungnam", "興南|kp-hungnam", "兴南|kp-hungnam", "Songnim|kp-songrim", "Songrim|kp-songrim",
      "Tientsin|cn-tianjin", "Tsingtao|cn-qingdao", "青岛|cn-qingdao", "Chefoo|cn-yantai", "煙臺|cn-yantai",
      "Newchwang|cn-yingkou", "Ji'an|cn-jian", "集安|cn-jian", "图们|cn-tumen", "T'u-men|cn-tumen",
      "Khasan|ru-khasan", "Хасан|ru-khasan", "Владивосток|ru-vladivostok", "海參崴|ru-vladivostok",
      "ウラジオストク|ru-vladivostok", "Kōbe|jp-kobe", "神戸|jp-kobe", "Ōsaka|jp-osaka", "東京|jp-tokyo",
      "下関|jp-shimonoseki", "境港|jp-sakaiminato", "舞鶴|jp-maizuru", "博多|jp-hakata", "名古屋|jp-nagoya",
      "Sino-Korean Friendship Bridge|xing-sino-korean-friendship-bridge",
      "中朝友谊桥|xing-sino-korean-friendship-bridge", "New Yalu River Bridge|xing-new-yalu-river-bridge",
      "新鸭绿江大桥|xing-new-yalu-river-bridge", "Quanhe|xing-quanhe-wonjong", "圈河口岸|xing-quanhe-wonjong",
      "조로친선교|xing-khasan-tumangang"})
  void resolve_nameInAnyScript_findsPlace(String name, String id) {
    assertThat(SHIPPED.resolve(name)).map(Place::id).contains(id);
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "Dandong, Liaoning|cn-dandong|QUALIFIER_DROPPED", "Sinuiju (KP)|kp-sinuiju|QUALIFIER_DROPPED",
      "Sinuiju, North Korea|kp-sinuiju|QUALIFIER_DROPPED", "大连（辽宁）|cn-dalian|QUALIFIER_DROPPED",
      "Port of Nampo|kp-nampo|AFFIX_DROPPED", "Nampo Port|kp-nampo|AFFIX_DROPPED",
      "Sinuiju-si|kp-sinuiju|AFFIX_DROPPED", "Niigata-ko|jp-niigata|AFFIX_DROPPED", "丹东港|cn-dandong|AFFIX_DROPPED",
      "丹东市|cn-dandong|AFFIX_DROPPED", "남포항|kp-nampo|AFFIX_DROPPED", "혜산시|kp-hyesan|AFFIX_DROPPED",
      "Port of Nampo (DPRK)|kp-nampo|AFFIX_DROPPED",
      "CNDDG|cn-dandong|LOCODE", "CN DDG|cn-dandong|LOCODE", "CNDDZ|cn-dandong|LOCODE", "cndal|cn-dalian|LOCODE"})
  void match_qualifiedOrAffixedName_saysHow(String name, String id, Match.How how) {
    Match m = SHIPPED.match(name).orElseThrow();
    assertThat(m.place().id()).isEqualTo(id);
    assertThat(m.how()).isEqualTo(how);
    assertThat(m.input()).isEqualTo(name);
    assertThat(SHIPPED.resolve(name)).map(Place::id).contains(id);
  }

  /** Spellings no list gives, met through the shared romanization keys, and only when asked. */
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "Sineuiju|kp-sinuiju|KOREAN_KEY", "Phyeongyang|kp-pyongyang|KOREAN_KEY", "Chungkang|kp-chunggang|KOREAN_KEY",
      "Weonsan|kp-wonsan|KOREAN_KEY", "Sineuiju-si|kp-sinuiju|KOREAN_KEY", "Sineuiju, North Pyongan|kp-sinuiju|KOREAN_KEY",
      "Dalien|cn-dalian|CHINESE_KEY", "Tantong|cn-dandong|CHINESE_KEY",
      "Nigata|jp-niigata|JAPANESE_KEY", "Maiduru|jp-maizuru|JAPANESE_KEY", "Simonoseki|jp-shimonoseki|JAPANESE_KEY"})
  void match_unlistedSpelling_onlyWhenRomanized(String name, String id, Match.How how) {
    assertThat(SHIPPED.resolve(name)).isEmpty();
    Match m = SHIPPED.match(name, Gazetteer.Lookup.ROMANIZED).orElseThrow();
    assertThat(m.place().id()).isEqualTo(id);
    assertThat(m.how()).isEqualTo(how);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Seoul", "Busan", "Hamhung", "New York", "Sakai", "Tumen River", "Xingang", "Donggang",
      "Tsingtau", "Rotterdam", "", "   ", "---", "Friendship Bridge", "KPNAM", "서울", "北京", "とうきょうと"})
  void resolve_unknownName_isEmpty(String name) {
    assertThat(SHIPPED.resolve(name)).isEmpty();
    assertThat(SHIPPED.match(name)).isEmpty();
    assertThat(SHIPPED.match(name, Gazetteer.Lookup.ROMANIZED)).isEmpty();
  }

  @Test
  void resolve_overLongInput_isEmpty() {
    assertThat(SHIPPED.resolve("Nampo " + "x".repeat(300))).isEmpty();
  }

  @Test
  void resolve_null_throwsNpe() {
    assertThatThrownBy(() -> SHIPPED.resolve(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"惠山|Huishan District", "南浦|Nanpu", "Andong|North Gyeongsang",
      "海州|Haizhou", "Jian|Jiangxi", "南阳|Henan"})
  void match_homograph_namesTheOtherPlace(String name, String other) {
    assertThat(SHIPPED.match(name).flatMap(Match::homograph)).hasValueSatisfying(h -> assertThat(h).contains(other));
  }

  @Test
  void match_plainName_hasNoHomograph() {
    assertThat(SHIPPED.match("Sinuiju").flatMap(Match::homograph)).isEmpty();
  }

  static Stream<Arguments> everyName() {
    List<Arguments> out = new ArrayList<>();
    for (Place p : SHIPPED.places()) {
      for (PlaceName n : p.names()) {
        out.add(Arguments.of(n.text(), p.id()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyName")
  void resolve_everyShippedName_findsItsOwnPlace(String name, String id) {
    assertThat(SHIPPED.match(name)).hasValueSatisfying(m -> {
      assertThat(m.place().id()).isEqualTo(id);
      assertThat(m.how()).isEqualTo(Match.How.EXACT);
    });
  }

  /** The romanization keys agree with the data: every Latin and Hangul name of a DPRK place reads alike. */
  @Test
  void shipped_dprkNames_shareKoreanKeyWithinEachPlace() {
    assertThat(Stream.of("Sinuiju", "Sinŭiju", "Shinuiju", "신의주").map(n -> koreanKey(n)).distinct()).hasSize(1);
    assertThat(Stream.of("Nampo", "Namp'o", "Nampho", "남포").map(n -> koreanKey(n)).distinct()).hasSize(1);
    assertThat(Stream.of("Rajin", "Najin", "라진", "나진").map(n -> koreanKey(n)).distinct()).hasSize(1);
    assertThat(Stream.of("Songrim", "Songnim", "송림").map(n -> koreanKey(n)).distinct()).hasSize(1);
  }

  private static String koreanKey(String name) {
    String key = PlaceKeys.fold(name);
    return PlaceKeys.isHangulKey(key) ? org.kenmon.match.romanize.KoreanRomanization.keyOfHangul(key)
        : org.kenmon.match.romanize.KoreanRomanization.key(key);
  }

  @Test
  void fold_latinNames_agreeWithNameNormalizer() {
    List<String> disagreements = new ArrayList<>();
    for (Place p : SHIPPED.places()) {
      for (PlaceName n : p.names(PlaceName.Script.LATIN)) {
        String screening = String.join("", NameNormalizer.normalize(n.text()).tokens());
        if (!screening.equals(PlaceKeys.fold(n.text()))) {
          disagreements.add(n.text() + ": " + screening + " vs " + PlaceKeys.fold(n.text()));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"Sinŭiju|sinuiju", "Namp’o|nampo", "Tan-tung|tantung", "ＮＡＭＰＯ|nampo",
      "Sinu\u0306iju|sinuiju", "にいがた|ニイガタ", "ﾆｲｶﾞﾀ|ニイガタ", "Владивосток|владивосток", "丹东・港|丹东港"})
  void fold_variants_giveOneKey(String input, String key) {
    assertThat(PlaceKeys.fold(input)).isEqualTo(key);
  }

  @Test
  void match_twoPlacesReadAlike_resolvesToNeither() {
    String yaml = """
        schema_version: 1
        places:
          - id: kp-one
            kind: CITY
            country: KP
            name: Chongjin
            names: {latin: {official: [Chongjin]}}
            sources: [test]
            unconfirmed: {coordinates: test}
          - id: kp-two
            kind: CITY
            country: KP
            name: Cheongjin
            names: {latin: {official: [Cheongjin]}}
            sources: [test]
            unconfirmed: {coordinates: test}
        """;
    Gazetteer g = Gazetteer.read("alike.yaml", new StringReader(yaml));
    assertThat(g.resolve("Chongjin")).map(Place::id).contains("kp-one");
    assertThat(g.resolve("Cheongjin")).map(Place::id).contains("kp-two");
    // "Tchongjin" has the Korean key of both: no guess between them
    assertThat(g.match("Tchongjin", Gazetteer.Lookup.ROMANIZED)).isEmpty();
    Gazetteer one = Gazetteer.of(List.of(g.place("kp-one").orElseThrow()));
    assertThat(one.match("Tchongjin", Gazetteer.Lookup.ROMANIZED)).map(m -> m.place().id()).contains("kp-one");
  }
}

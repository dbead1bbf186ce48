package org.kenmon.bench.ledger;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up people of Korea (North or South), China or Japan: a family name and a given name of two
 * or three syllables, in Latin letters as such names appear in ledgers ("Kim Tong Myong", "Wang
 * Xiaoming", "Sato Takemi"). In a population one in four is written in Hangul, Hanzi or Kanji;
 * fresh names are all Latin, since the native syllables here give too few names to never repeat.
 */
final class AsianPersonSpace implements NameSpace {
  private final String country;
  private final List<String> families;
  private final List<String> syllables;
  private final boolean spaced;
  private final List<String> nativeFamilies;
  private final List<String> nativeGiven;
  private final Scramble scramble;

  private AsianPersonSpace(String country, String families, String syllables, boolean spaced, String nativeFamilies,
      String nativeGiven, long seed) {
    this.country = country;
    this.families = List.of(families.split(" "));
    this.syllables = List.of(syllables.split(" "));
    this.spaced = spaced;
    this.nativeFamilies = List.of(nativeFamilies.split(" "));
    this.nativeGiven = List.of(nativeGiven.split(" "));
    this.scramble = new Scramble(latinSize(), seed);
  }

  static List<AsianPersonSpace> all(long seed) {
    return List.of(
        new AsianPersonSpace("KP", "Kim Ri Pak Choe Jong Kang Han O Ryu Jang Yun Hwang Ko Mun Paek Sin",
            "tong myong chol su yong ho song il kwang hyok nam jin chun gun hak sok ung min", true,
            "김 리 박 최 정 강 한 오 류 장", "동 명 철 수 영 호 성 일 광 혁 남 진 춘 군 학", seed),
        new AsianPersonSpace("KR", "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon",
            "min jun seo yeon ji hoon woo jin hyun su young ho sung jae eun", true,
            "김 이 박 최 정 강 조 윤 장 임", "민 준 서 연 지 훈 우 진 현 수 영 호", seed + 7),
        new AsianPersonSpace("CN", "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo",
            "wei ming hua qiang li jun fang na min jing lei yan tao chao bin hong xiao", false,
            "王 李 张 刘 陈 杨 赵 黄 周 吴", "伟 明 华 强 丽 军 芳 娜 敏 静 磊 艳 涛 超", seed + 13),
        new AsianPersonSpace("JP", "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"
            + " Yoshida Yamada Sasaki Matsumoto Inoue Kimura",
            "ta ke shi hi ro yu ki ko mi ka zu o ha ru na ri to", false,
            "佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤", "太郎 一郎 健 誠 浩 翔 花子 陽子 美咲 直樹 大輔 恵", seed + 17));
  }

  String country() {
    return country;
  }

  private long givenSpace() {
    long s = syllables.size();
    return s * s + s * s * s;
  }

  private long latinSize() {
    return families.size() * givenSpace();
  }

  @Override
  public long capacity() {
    return scramble.size();
  }

  @Override
  public Counterparty fresh(long k) {
    return at(scramble.apply(k % capacity()), k);
  }

  @Override
  public Counterparty random(SplittableRandom random) {
    long i = random.nextLong(capacity());
    if (random.nextInt(4) == 0) {
      String given = nativeGiven.get(random.nextInt(nativeGiven.size()))
          + (random.nextBoolean() ? "" : nativeGiven.get(random.nextInt(nativeGiven.size())));
      return new Counterparty(nativeFamilies.get(random.nextInt(nativeFamilies.size())) + given, country, country,
          NameSpace.dob(i));
    }
    return at(i, i);
  }

  private Counterparty at(long i, long k) {
    String family = families.get((int) (i % families.size()));
    long g = i / families.size();
    long s = syllables.size();
    int count = g < s * s ? 2 : 3;
    long rest = count == 2 ? g : g - s * s;
    StringBuilder given = new StringBuilder();
    for (int n = 0; n < count; n++) {
      String syl = syllables.get((int) (rest % s));
      rest /= s;
      if (n > 0 && spaced) {
        given.append(' ');
      }
      given.append(n == 0 || spaced ? Character.toUpperCase(syl.charAt(0)) + syl.substring(1) : syl);
    }
    return new Counterparty(family + " " + given, country, country, NameSpace.dob(k));
  }
}

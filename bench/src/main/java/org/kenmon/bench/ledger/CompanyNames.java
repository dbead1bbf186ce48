package org.kenmon.bench.ledger;

import java.util.List;

/**
 * Made-up company and bank names of one country, in the shape its ledgers write them: a place, one
 * or two words made of the country's syllables (or, for Western countries, ordinary words), a
 * line of business and a legal form ("Dandong Jinqiao Trading Co., Ltd.", "Niigata Kawamoto Boeki
 * K.K.", "Sinuiju Ryongun Trading Corporation"). Every index of the space is a different name,
 * so a scrambled counter gives names that never repeat.
 *
 * @param joined true: a word is two or three syllables written together; false: one word of
 *     {@code parts} is a word
 */
record CompanyNames(String country, List<String> places, List<String> parts, boolean joined,
    List<String> business, List<String> banking, List<String> legalForms) {

  static final List<CompanyNames> ALL = List.of(
      new CompanyNames("JP", List.of("Niigata", "Osaka", "Yokohama", "Kobe", "Hokuriku", "Kansai", "Tokyo", "Nagoya",
          "Fukuoka", "Sakaiminato", "Maizuru", "Toyama"),
          // Syllables only: a word such as "kawa" would also be "ka" + "wa", and names would repeat.
          syllables("ka ki ku ko sa shi su ta chi to na ni no ha hi fu ho ma mi mo ya yo ra ri ro wa ke se te ne"
              + " me mu tsu"),
          true, List.of("Boeki", "Shoji", "Denki", "Tsusho", "Sangyo", "Kaiun", "Suisan", "Seimitsu", "Hanbai",
              "Trading"),
          List.of("Bank", "Shinkin Bank", "Trust Bank"), List.of("K.K.", "Co., Ltd.", "Corporation")),
      new CompanyNames("CN", List.of("Dandong", "Dalian", "Shenyang", "Yanji", "Hunchun", "Shanghai", "Qingdao",
          "Tianjin", "Beijing", "Harbin", "Tumen", "Changchun"),
          syllables("jin qiao hai bin hua xin long feng tai sheng da tong heng yuan fu xing cheng guang ming rui kang"
              + " an de li hong tian yi jia wei hao bao chang"),
          true, List.of("Trading", "Import Export", "Industry and Trade", "Logistics", "Economic and Trade",
              "Electronics", "Shipping", "Commerce"),
          List.of("Commercial Bank", "Rural Commercial Bank", "Bank"), List.of("Co., Ltd.", "Co. Ltd", "Company Limited")),
      new CompanyNames("KR", List.of("Busan", "Incheon", "Seoul", "Ulsan", "Gwangyang", "Pohang"),
          syllables("han il dae sung kwang myung hyun jin woo young seok min jae ho sang cheol kyung dong"),
          true, List.of("Trading", "Industrial", "Shipping", "Electronics", "Logistics"),
          List.of("Bank", "Savings Bank"), List.of("Co., Ltd.", "Corp.", "Inc.")),
      new CompanyNames("KP", List.of("Pyongyang", "Sinuiju", "Rason", "Nampo", "Chongjin", "Wonsan", "Hamhung"),
          syllables("ryong un kum chon ma san pyong chol song bong nam puk mun sin hung il sung kwang myong"),
          true, List.of("Trading", "General Trading", "Export and Import", "Shipping", "Industrial"),
          List.of("Bank", "Commercial Bank", "Credit Bank"), List.of("Company", "Corporation", "General Corporation")),
      new CompanyNames("RU", List.of("Vladivostok", "Nakhodka", "Khasan", "Khabarovsk", "Ussuriysk"),
          syllables("vos tok mor trans neft les prom tor gaz snab dal ros ural sib"),
          true, List.of("Trading", "Logistics", "Shipping", "Fishery"),
          List.of("Bank", "Commercial Bank"), List.of("LLC", "OOO", "JSC")),
      new CompanyNames("HK", List.of("Hong Kong", "Kowloon", "Tsuen Wan", "Kwai Chung"),
          words(), false, List.of("Trading", "Holdings", "International", "Enterprise", "Logistics"),
          List.of("Bank", "Finance"), List.of("Limited", "Ltd.", "Co. Limited")),
      new CompanyNames("SG", List.of("Singapore", "Jurong", "Tuas"),
          words(), false, List.of("Marine", "Shipping", "Trading", "Resources", "Holdings"),
          List.of("Bank", "Capital"), List.of("Pte. Ltd.", "Pte Ltd")),
      new CompanyNames("US", List.of("Seattle", "Los Angeles", "New York", "Houston", "Long Beach"),
          words(), false, List.of("Trading", "Imports", "Supply", "Logistics", "Electronics"),
          List.of("Bank", "National Bank", "Trust"), List.of("Inc.", "LLC", "Corp.")),
      new CompanyNames("DE", List.of("Hamburg", "Bremen", "Duisburg", "Frankfurt"),
          words(), false, List.of("Handel", "Logistik", "Trading", "Maschinen"),
          List.of("Bank", "Handelsbank"), List.of("GmbH", "AG", "GmbH & Co. KG")),
      new CompanyNames("TH", List.of("Bangkok", "Laem Chabang", "Chonburi"),
          words(), false, List.of("Trading", "Import Export", "Industries"),
          List.of("Bank"), List.of("Co., Ltd.", "Public Company Limited")),
      new CompanyNames("VN", List.of("Haiphong", "Hanoi", "Ho Chi Minh City", "Da Nang"),
          words(), false, List.of("Trading", "Import Export", "Logistics"),
          List.of("Joint Stock Bank", "Bank"), List.of("Co., Ltd.", "JSC")));

  /** Names of at most this many words; more would read as made up. */
  private static final int MAX_WORDS = 2;

  private static List<String> syllables(String s) {
    return List.of(s.split(" "));
  }

  private static List<String> words() {
    return List.of(("Pacific Global Asia Star Ocean Golden Eagle Pioneer United Summit Harbor Bridge Crown Delta Prime"
        + " Orient Dragon Phoenix Lotus Jade Silver Royal Grand Metro Union Apex Horizon Coral Falcon Sunrise Everest"
        + " Lucky Victory Harmony Evergreen Liberty Atlas Neptune Meridian Sterling Pearl Emerald Tiger Sky Blue"
        + " North South East West Century Premier Trans Vista Zenith Alpha Omega Nova Titan Vector Beacon").split(" "));
  }

  static CompanyNames of(String country) {
    for (CompanyNames c : ALL) {
      if (c.country.equals(country)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no company names for " + country);
  }

  /** How many different words there are: 2 or 3 syllables written together, or one word. */
  long wordSpace() {
    long p = parts.size();
    return joined ? p * p + p * p * p : p;
  }

  String word(long w) {
    long p = parts.size();
    StringBuilder s = new StringBuilder();
    int count = joined ? (w < p * p ? 2 : 3) : 1;
    long rest = joined && count == 3 ? w - p * p : w;
    for (int i = 0; i < count; i++) {
      s.append(parts.get((int) (rest % p)));
      rest /= p;
    }
    s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
    return s.toString();
  }

  /** Names of exactly {@code words} words (1..{@value #MAX_WORDS}). */
  long size(int words, boolean bank) {
    long w = 1;
    for (int i = 0; i < words; i++) {
      w *= wordSpace();
    }
    return w * places.size() * (bank ? banking : business).size() * legalForms.size();
  }

  String name(int words, boolean bank, long index) {
    if (words < 1 || words > MAX_WORDS) {
      throw new IllegalArgumentException("1 or " + MAX_WORDS + " words, not " + words);
    }
    long i = index;
    String place = places.get((int) (i % places.size()));
    i /= places.size();
    List<String> line = bank ? banking : business;
    String kind = line.get((int) (i % line.size()));
    i /= line.size();
    String legal = legalForms.get((int) (i % legalForms.size()));
    i /= legalForms.size();
    StringBuilder s = new StringBuilder(place);
    for (int k = 0; k < words; k++) {
      s.append(' ').append(word(i % wordSpace()));
      i /= wordSpace();
    }
    return s.append(' ').append(kind).append(' ').append(legal).toString();
  }
}

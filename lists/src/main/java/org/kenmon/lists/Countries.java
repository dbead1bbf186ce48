package org.kenmon.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country names as sanctions lists spell them, to ISO 3166 alpha-2 codes. Knows the English names
 * the JDK knows ("North Korea", "Russia") and the official and inverted forms lists use ("Korea,
 * North", "Democratic People's Republic of Korea", "Iran (Islamic Republic of)", "Viet Nam").
 * Matching ignores case, accents, punctuation, "the" and a trailing parenthesis. Kosovo is
 * {@code XK}, the code the EU, the UN and banks use although ISO has not assigned it.
 *
 * <p>Not mapped on purpose: former states ("former Soviet Union", "Yugoslavia"), vague words
 * ("possibly Palestinian") and two-letter codes given as names ("na" in the UN list means "not
 * available", not Namibia); use {@link #byCode} for codes.
 */
public final class Countries {
  private static final Set<String> CODES = new TreeSet<>(Set.of(Locale.getISOCountries()));
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    CODES.add("XK");
    for (String code : CODES) {
      put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
    }
    // Spellings of the UN, OFAC, EU and UK lists that the JDK's English names do not cover.
    String[][] aliases = {
        {"KP", "Korea, North", "North Korea", "Democratic People's Republic of Korea",
            "Korea, Democratic People's Republic of", "Korea (Democratic People's Republic of)", "DPRK",
            "Korea DPR", "D.P.R. Korea"},
        {"KR", "Korea, South", "South Korea", "Republic of Korea", "Korea, Republic of", "Korea (Republic of)"},
        {"RU", "Russian Federation"},
        {"IR", "Iran, Islamic Republic of", "Islamic Republic of Iran"},
        {"SY", "Syrian Arab Republic"},
        {"VN", "Viet Nam"},
        {"LA", "Lao People's Democratic Republic", "Lao PDR"},
        {"CD", "Democratic Republic of the Congo", "Congo, Democratic Republic of the", "DR Congo", "DRC",
            "Congo (Kinshasa)", "Congo-Kinshasa"},
        {"CG", "Congo", "Republic of the Congo", "Congo, Republic of the", "Congo (Brazzaville)",
            "Congo-Brazzaville"},
        {"GB", "United Kingdom of Great Britain and Northern Ireland", "Great Britain", "UK"},
        {"US", "United States of America", "USA"},
        {"TZ", "United Republic of Tanzania", "Tanzania, United Republic of"},
        {"PS", "State of Palestine", "Palestine", "Palestinian", "Palestinian Territory, Occupied",
            "Occupied Palestinian Territory", "West Bank", "Gaza", "Gaza Strip"},
        {"TR", "Turkey", "Türkiye", "Turkiye"},
        {"MM", "Burma", "Myanmar"},
        {"BO", "Bolivia (Plurinational State of)", "Plurinational State of Bolivia"},
        {"VE", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"},
        {"MD", "Republic of Moldova", "Moldova, Republic of"},
        {"FM", "Micronesia (Federated States of)", "Micronesia, Federated States of"},
        {"HK", "China, Hong Kong Special Administrative Region", "Hong Kong", "Hong Kong SAR"},
        {"MO", "China, Macao Special Administrative Region", "Macao", "Macau"},
        {"MK", "North Macedonia", "Macedonia", "Macedonia, The Former Yugoslav Republic of",
            "The former Yugoslav Republic of Macedonia", "Republic of North Macedonia"},
        {"CV", "Cabo Verde"},
        {"GM", "The Gambia", "Gambia, The"},
        {"CI", "Cote d'Ivoire", "Ivory Coast"},
        {"CZ", "Czech Republic"},
        {"SZ", "Swaziland", "Eswatini"},
        {"VA", "Holy See", "Vatican"},
        {"BN", "Brunei Darussalam"},
        {"TL", "East Timor"},
        {"CN", "People's Republic of China"},
        {"TW", "Taiwan, Province of China", "Chinese Taipei"},
        {"AE", "UAE"},
        {"BS", "Bahamas, The"},
        {"KN", "Saint Kitts and Nevis"},
        {"LC", "Saint Lucia"},
        {"VC", "Saint Vincent and the Grenadines"},
        {"PM", "Saint Pierre and Miquelon"},
        {"VG", "Virgin Islands, British"},
        {"VI", "Virgin Islands, U.S."},
    };
    for (String[] row : aliases) {
      for (int i = 1; i < row.length; i++) {
        put(row[i], row[0]);
      }
    }
  }

  private Countries() {}

  private static void put(String name, String code) {
    String key = normalize(name);
    String old = BY_NAME.putIfAbsent(key, code);
    if (old != null && !old.equals(code)) {
      throw new IllegalStateException("country name " + name + " maps to both " + old + " and " + code);
    }
  }

  /** The ISO alpha-2 code for a country name, or empty when the name is not known. */
  public static Optional<String> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = normalize(name);
    String code = BY_NAME.get(key);
    if (code == null && name.contains("(")) {
      code = BY_NAME.get(normalize(name.replaceAll("\\(.*?\\)", " ")));
    }
    if (code == null && name.indexOf(',') > 0 && name.indexOf(',') == name.lastIndexOf(',')) {
      int comma = name.indexOf(',');
      code = BY_NAME.get(normalize(name.substring(comma + 1) + " " + name.substring(0, comma)));
    }
    return Optional.ofNullable(code);
  }

  /** The upper-case code when the text is an ISO alpha-2 code (or XK), in either case. */
  public static Optional<String> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    return c.length() == 2 && CODES.contains(c) ? Optional.of(c) : Optional.empty();
  }

  /** The English name of a code, for messages; the code itself when unknown. */
  public static String nameOf(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace("'", "")
        .replace("&", " and ")
        .replaceAll("\\bst\\.", "saint ")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
    s = s.replaceAll("^the ", "").replaceAll(" the$", "").replaceAll("\\bthe\\b ", "");
    return s.replaceAll("\\s+", " ").strip();
  }
}

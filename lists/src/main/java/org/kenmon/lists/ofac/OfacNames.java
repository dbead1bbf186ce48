package org.kenmon.lists.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** OFAC writes people "SURNAME, Given[, Jr.]"; screening input is usually "Given SURNAME". */
final class OfacNames {
  private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr|ii|iii|iv)\\.?");

  private OfacNames() {}

  /**
   * "CIFUENTES VILLA, Jorge Milton" becomes "Jorge Milton CIFUENTES VILLA"; "DELOS REYES,
   * Feliciano Semborio, Jr." becomes "Feliciano Semborio DELOS REYES Jr."; a name without a comma
   * is returned as it is.
   */
  static String flip(String name) {
    String[] parts = name.split(",", -1);
    if (parts.length < 2) {
      return name;
    }
    List<String> given = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (!p.isEmpty()) {
        (SUFFIX.matcher(p).matches() ? suffixes : given).add(p);
      }
    }
    List<String> out = new ArrayList<>(given);
    out.add(parts[0].strip());
    out.addAll(suffixes);
    return String.join(" ", out).strip();
  }
}

package org.kenmon.match.romanize;

/**
 * Splits a romanized word into syllables of the form (onset) vowel (coda) and maps each part
 * to a canonical spelling, so that systems that spell the same sound differently give the same
 * key. Tables are tried longest first; among parses, the one with the fewest codas wins
 * (consonants between vowels start the next syllable), except where that leaves no parse.
 *
 * <p>Each table is a flat array of pairs {spelling, canonical}. Instances are immutable.
 */
abstract class SyllableParser {
  private static final int MAX_LENGTH = 40;

  private final String[][] codas;
  /**
   * Per letter a to z: the onsets and vowels that can start with it, in table order (so still
   * longest first). A parse tries only these instead of the whole table at every position; it
   * tries them in the same order, so it finds the same parse.
   */
  private final String[][][] onsetsByLetter;
  private final String[][][] vowelsByLetter;

  SyllableParser(String[][] onsets, String[][] vowels, String[][] codas) {
    this.codas = codas;
    this.onsetsByLetter = byFirstLetter(onsets);
    this.vowelsByLetter = byFirstLetter(vowels);
  }

  /** The rows of a table whose spelling starts with each letter (an empty spelling fits every letter). */
  private static String[][][] byFirstLetter(String[][] table) {
    String[][][] out = new String[26][][];
    for (int letter = 0; letter < 26; letter++) {
      java.util.List<String[]> rows = new java.util.ArrayList<>();
      for (String[] row : table) {
        if (row[0].isEmpty() || row[0].charAt(0) == 'a' + letter) {
          rows.add(row);
        }
      }
      out[letter] = rows.toArray(new String[0][]);
    }
    return out;
  }

  /** The canonical key of a lower-case ASCII word, or null when it does not parse. */
  String key(String word) {
    if (word.isEmpty() || word.length() > MAX_LENGTH) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
    }
    StringBuilder out = new StringBuilder(word.length() + 4);
    return parse(word, 0, out, true, new long[1]) ? out.toString() : null;
  }

  /**
   * Parses {@code w} from {@code pos}, appending the key to {@code out}. Whether the rest of a word
   * parses from a position depends on the word and the position alone (never on what came before
   * it, past the word's first syllable), so the positions from which it failed once are marked in
   * {@code failed} (one bit a position; words have at most {@value #MAX_LENGTH} letters) and not
   * tried again: the search finds the same first parse, without going down the same dead ends
   * again, which made words that parse nowhere cost exponential time.
   */
  private boolean parse(String w, int pos, StringBuilder out, boolean wordInitial, long[] failed) {
    if (pos == w.length()) {
      return true;
    }
    if (!wordInitial && (failed[0] & 1L << pos) != 0) {
      return false;
    }
    int mark = out.length();
    // Onset: none, or one of the table, longest first. Words are a to z only (see key).
    String[][] onsetsHere = onsetsByLetter[w.charAt(pos) - 'a'];
    for (int o = -1; o < onsetsHere.length; o++) {
      String onset = o < 0 ? "" : onsetsHere[o][0];
      if (!w.startsWith(onset, pos)) {
        continue;
      }
      int afterOnset = pos + onset.length();
      if (afterOnset == w.length()) {
        continue; // no vowel fits after the last letter (vowel spellings are never empty)
      }
      for (String[] vowel : vowelsByLetter[w.charAt(afterOnset) - 'a']) {
        if (!w.startsWith(vowel[0], afterOnset)) {
          continue;
        }
        int afterVowel = afterOnset + vowel[0].length();
        String vowelKey = vowelKey(vowel, w, afterVowel);
        String onsetKey = o < 0 ? "" : onsetKey(onsetsHere[o][1], vowelKey, wordInitial);
        out.append(onsetKey).append(vowelKey);
        int afterSilent = skipSilent(w, afterVowel);
        // Fewest codas first: try the next syllable straight away, then each coda.
        if (afterSilent == afterVowel && parse(w, afterVowel, out, false, failed)) {
          return true;
        }
        int syllableEnd = out.length();
        for (String[] coda : codas) {
          if (w.startsWith(coda[0], afterSilent) && codaAllowed(coda[0], w, afterSilent + coda[0].length())) {
            out.append(coda[1]);
            if (parse(w, afterSilent + coda[0].length(), out, false, failed)) {
              return true;
            }
            out.setLength(syllableEnd);
          }
        }
        if (afterSilent != afterVowel && parse(w, afterSilent, out, false, failed)) {
          return true;
        }
        out.setLength(mark);
      }
    }
    if (!wordInitial) {
      failed[0] |= 1L << pos;
    }
    return false;
  }

  /** The canonical vowel; schemes may look at what follows ("you" before "ng" is "yo"). */
  String vowelKey(String[] vowel, String word, int after) {
    return vowel[1];
  }

  /** The canonical onset; schemes may drop it (Korean initial-sound rule). */
  String onsetKey(String onset, String vowelKey, boolean wordInitial) {
    return onset;
  }

  /** Whether a coda may close a syllable here; {@code after} is the position after it. */
  boolean codaAllowed(String coda, String word, int after) {
    return true;
  }

  /** Position after letters that only lengthen or mark the vowel (the h of "Noh", "Bahk"). */
  int skipSilent(String word, int pos) {
    return pos;
  }

  static boolean isVowelLetter(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
  }
}

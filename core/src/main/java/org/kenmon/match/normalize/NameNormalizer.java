package org.kenmon.match.normalize;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kenmon.match.romanize.KoreanRomanization;

/**
 * Turns a name as typed or published into a {@link NormalizedName}: Unicode compatibility
 * normalization, case and accent folding, apostrophes and breves of McCune–Reischauer removed,
 * punctuation to spaces, CJK legal forms rewritten, Hangul keyed from its jamo, other scripts
 * (Han, Kana, Cyrillic, Arabic…) transliterated to Latin with ICU4J, then tokens classified and
 * keyed in each romanization system they can be read in.
 *
 * <p>Thread-safe: ICU transliterators are kept one per thread. ASCII input takes a fast path
 * that allocates only the result.
 */
public final class NameNormalizer {
  /** Longest name accepted; longer input is cut (no published name comes close). */
  public static final int MAX_LENGTH = 512;

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameNormalizer() {}

  public static NormalizedName normalize(String name) {
    return normalize(name, TokenKeys.COMPUTED);
  }

  /** As {@link #normalize(String)}, taking each word's romanization and phonetic keys from {@code keys}. */
  public static NormalizedName normalize(String name, TokenKeys keys) {
    String input = name == null ? "" : name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    NormalizedName.Script script = script(input);
    List<String> tokens = new ArrayList<>(6);
    List<String> hangulKeys = new ArrayList<>(6);
    String[] nativeTokens = null;
    if (script == NormalizedName.Script.LATIN) {
      split(legalPhrases(foldLatin(joinInitialisms(input))), tokens, hangulKeys);
    } else {
      String text = input;
      for (String[] form : LegalForms.CJK) {
        text = text.replace(form[0], form[1]);
      }
      nativeTokens = nativeTokens(text);
      if (script == NormalizedName.Script.HANGUL) {
        splitHangul(text, tokens, hangulKeys);
      } else {
        split(legalPhrases(foldLatin(TO_LATIN.get().transliterate(text))), tokens, hangulKeys);
      }
    }
    Numbers.rewrite(tokens, hangulKeys);
    int n = tokens.size();
    String[] text = new String[n];
    TokenKind[] kinds = new TokenKind[n];
    String[] korean = new String[n];
    String[] koreanLoose = new String[n];
    String[] japanese = new String[n];
    String[] chinese = new String[n];
    String[] phonetic = new String[n];
    boolean latin = script == NormalizedName.Script.LATIN;
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i);
      kinds[i] = kind(t);
      String legalClass = LegalForms.CLASS.get(t);
      String particle = LegalForms.PARTICLES.get(t);
      text[i] = legalClass != null ? legalClass : particle != null ? particle : t;
      if (kinds[i] != TokenKind.WORD) {
        continue;
      }
      // Romanization keys only where the name can be in that system: pinyin made by ICU from
      // Chinese characters is not Korean, whatever its letters.
      if (latin || script == NormalizedName.Script.HANGUL) {
        korean[i] = hangulKeys.get(i) != null ? hangulKeys.get(i) : keys.korean(t);
        koreanLoose[i] = korean[i] == null ? null : loose(korean[i]);
      }
      if (latin || script == NormalizedName.Script.KANA) {
        japanese[i] = keys.japanese(t);
      }
      if (latin || script == NormalizedName.Script.HAN) {
        chinese[i] = keys.chinese(t);
      }
      phonetic[i] = keys.phonetic(t);
    }
    return new NormalizedName(input, text, kinds, korean, koreanLoose, japanese, chinese, phonetic, script,
        nativeTokens);
  }

  /**
   * The Korean key with the vowels South Korean spellings confuse merged: ㅓ written u (Chul, Sung,
   * Kyung, Hyun) meets ㅓ written o (Chol, Song, Kyong, Hyon).
   */
  private static String loose(String key) {
    return key.replace('u', 'o');
  }

  /**
   * Dotted initialisms written as one word: "A.B.C." is "ABC", "p.l.c." "plc", "G.m.b.H." "GmbH",
   * "U.S." "US", "J.-C." "JC". A single initial ("V. Putin") stays a letter.
   */
  static String joinInitialisms(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    java.util.regex.Matcher m = INITIALISM.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group().replaceAll("[.\\s-]", "") + " "));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final java.util.regex.Pattern INITIALISM =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.[\\s-]?){2,}(?:\\p{L}(?![\\p{L}\\p{N}])\\.?)?");

  /** Long legal forms become the abbreviation they are known by ("aktiengesellschaft" is "ag"). */
  private static String legalPhrases(String folded) {
    String s = " " + folded + " ";
    for (String[] phrase : LegalForms.PHRASES) {
      if (s.contains(phrase[0])) {
        s = s.replace(" " + phrase[0] + " ", " " + phrase[1] + " ");
      }
    }
    return s;
  }

  /** Where words of a name in its own script, and of a Hangul name, end. Compiled once, not per name. */
  private static final java.util.regex.Pattern NATIVE_SEPARATORS =
      java.util.regex.Pattern.compile("[\\s\\p{Punct}·・、，。「」（）]+");
  private static final java.util.regex.Pattern HANGUL_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\p{Punct}·]+");

  /** The words of a name in its own script, lower-cased: what same-script names are compared on. */
  private static String[] nativeTokens(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NATIVE_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isBlank()) {
        out.add(w);
      }
    }
    return out.toArray(new String[0]);
  }

  private static TokenKind kind(String token) {
    if (Character.isDigit(token.charAt(0))) {
      return TokenKind.NUMBER;
    }
    if (LegalForms.CLASS.containsKey(token)) {
      return TokenKind.LEGAL_FORM;
    }
    if (LegalForms.PARTICLES.containsKey(token)) {
      return TokenKind.PARTICLE;
    }
    if (LegalForms.STOP.contains(token)) {
      return TokenKind.STOP;
    }
    return TokenKind.WORD;
  }

  /** The dominant non-Latin script, or LATIN when every letter is Latin. */
  static NormalizedName.Script script(String s) {
    NormalizedName.Script found = NormalizedName.Script.LATIN;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x250 || !Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript us = Character.UnicodeScript.of(cp);
      switch (us) {
        case HANGUL:
          return NormalizedName.Script.HANGUL;
        case HAN:
          found = found == NormalizedName.Script.KANA ? found : NormalizedName.Script.HAN;
          break;
        case HIRAGANA:
        case KATAKANA:
          found = NormalizedName.Script.KANA;
          break;
        case CYRILLIC:
          if (found == NormalizedName.Script.LATIN) {
            found = NormalizedName.Script.CYRILLIC;
          }
          break;
        case LATIN:
          break;
        default:
          if (found == NormalizedName.Script.LATIN) {
            found = NormalizedName.Script.OTHER;
          }
      }
    }
    return found;
  }

  /**
   * Lower case ASCII letters and digits, everything else a space; accents and apostrophes
   * dropped (Ch'oe, So'k, Chŏng, Müller become choe, sok, chong, muller); "&" becomes "and".
   */
  static String foldLatin(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    String t = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(t.length() + 4);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
      } else if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (c == '&') {
        out.append(" and ");
      } else if (c >= 0x80 && Character.isLetter(c)) {
        out.append(foldLetter(c));
      } else {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`'
        || c == '\u00B4';
  }

  /** A letter beyond ASCII folded by the shared rule, or a space when it has no Latin spelling. */
  private static String foldLetter(char c) {
    String folded = org.kenmon.text.LatinLetters.fold(c);
    return folded.isEmpty() ? " " : folded;
  }

  private static void split(String folded, List<String> tokens, List<String> hangulKeys) {
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean space = i == folded.length() || folded.charAt(i) == ' ';
      if (space && start >= 0) {
        tokens.add(folded.substring(start, i));
        hangulKeys.add(null);
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
  }

  /** Two-syllable Korean surnames; other Hangul names take their first syllable as surname. */
  private static final java.util.Set<String> DOUBLE_SURNAMES =
      java.util.Set.of("남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방");

  /**
   * Hangul names are written without a space between surname and given name (김동명): split them
   * there, and key each part from its jamo. Non-Hangul parts go through the Latin path.
   */
  private static void splitHangul(String text, List<String> tokens, List<String> hangulKeys) {
    for (String word : HANGUL_SEPARATORS.split(text)) {
      if (word.isEmpty()) {
        continue;
      }
      if (!word.chars().allMatch(c -> KoreanRomanization.isHangulSyllable((char) c))) {
        split(foldLatin(TO_LATIN.get().transliterate(word)), tokens, hangulKeys);
        continue;
      }
      int surname = word.length() >= 3 && DOUBLE_SURNAMES.contains(word.substring(0, 2)) ? 2 : 1;
      if (word.length() >= 2 && word.length() <= 4) {
        addHangul(word.substring(0, surname), tokens, hangulKeys);
        addHangul(word.substring(surname), tokens, hangulKeys);
      } else {
        addHangul(word, tokens, hangulKeys);
      }
    }
  }

  private static void addHangul(String part, List<String> tokens, List<String> hangulKeys) {
    tokens.add(KoreanRomanization.readingOfHangul(part));
    hangulKeys.add(KoreanRomanization.keyOfHangul(part));
  }
}

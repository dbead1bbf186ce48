package org.kenmon.match.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.entity.NameStrength;
import org.kenmon.match.normalize.NameNormalizer;
import org.kenmon.match.normalize.NormalizedName;
import org.kenmon.match.normalize.TokenKeys;
import org.kenmon.memo.BoundedMemo;
import org.kenmon.match.normalize.TokenKind;
import org.kenmon.match.score.PreparedName;
import org.kenmon.match.score.TokenWeights;

/**
 * The names of one or more list versions, indexed for matching: every name normalized and
 * prepared once, inverted indexes from words, joined words and romanization keys to names, a
 * trigram index for misspelled words, token rarity weights, and an exact index of identifiers.
 * Immutable and thread-safe; build it once per set of list versions and share it.
 */
public final class ListIndex implements TokenWeights {
  final List<ListVersion> versions;
  final ListEntry[] entries;
  final PreparedName[] names;
  final int[] nameEntry;
  final NameStrength[] nameStrength;
  final TermPostings words;
  final TermPostings korean;
  final TermPostings japanese;
  final TermPostings chinese;
  final TermPostings phonetic;
  final Trigrams trigrams;
  final Map<String, int[]> identifiers;
  private final Map<String, Float> wordWeights;
  private final boolean[] commonWordsOnly;
  private final ThreadLocal<CandidateSearch> search = ThreadLocal.withInitial(() -> new CandidateSearch(this));
  /** Query words repeat across names (Trading, Dandong, Kim): their keys are remembered, bounded. */
  private final TokenKeys queryWordKeys = TokenKeys.remembered(QUERY_WORDS_REMEMBERED);
  /** Joined adjacent query words repeat less; a memo of their own keeps them from crowding out words. */
  private final TokenKeys queryPairKeys = TokenKeys.remembered(QUERY_PAIRS_REMEMBERED);
  /**
   * Query words on no list, and the postings of the list words spelled like them (references to
   * this index's own arrays, never changed). Shared by all searching threads, so its bound does
   * not grow with the number of cores.
   */
  final BoundedMemo<String, int[][]> wordsAlike = new BoundedMemo<>(WORDS_ALIKE_REMEMBERED);

  private ListIndex(List<ListVersion> versions) {
    this.versions = List.copyOf(versions);
    List<ListEntry> entryList = new ArrayList<>();
    versions.forEach(v -> entryList.addAll(v.entries()));
    this.entries = entryList.toArray(new ListEntry[0]);

    List<NormalizedName> normalized = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<NameStrength> strength = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<String, TermPostings.IntList> ids = new HashMap<>();
    for (int e = 0; e < entries.length; e++) {
      Set<String> seen = new LinkedHashSet<>();
      Set<String> entryWords = new java.util.HashSet<>();
      for (EntityName name : entries[e].names()) {
        NormalizedName n = NameNormalizer.normalize(name.value());
        if (n.isEmpty() || !seen.add(n.text())) {
          continue;
        }
        normalized.add(n);
        owner.add(e);
        strength.add(name.strength());
        for (int t = 0; t < n.size(); t++) {
          if (n.kinds()[t] == TokenKind.WORD) {
            entryWords.add(n.tokens()[t]);
          }
        }
      }
      // Rarity is counted per entry, so that an entry with many spellings of one word
      // does not make that word look common.
      entryWords.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
      for (Identifier id : entries[e].identifiers()) {
        TermPostings.IntList l = ids.computeIfAbsent(identifierKey(id), k -> new TermPostings.IntList());
        if (l.size == 0 || l.values[l.size - 1] != e) {
          l.add(e);
        }
      }
    }
    this.wordWeights = rarityWeights(documentFrequency, entries.length);
    this.names = new PreparedName[normalized.size()];
    this.nameEntry = new int[normalized.size()];
    this.nameStrength = strength.toArray(new NameStrength[0]);
    TermPostings.Builder w = new TermPostings.Builder();
    TermPostings.Builder k = new TermPostings.Builder();
    TermPostings.Builder j = new TermPostings.Builder();
    TermPostings.Builder c = new TermPostings.Builder();
    TermPostings.Builder ph = new TermPostings.Builder();
    for (int i = 0; i < names.length; i++) {
      NormalizedName n = normalized.get(i);
      names[i] = PreparedName.of(n, this);
      nameEntry[i] = owner.get(i);
      for (int t = 0; t < n.size(); t++) {
        if (n.kinds()[t] != TokenKind.WORD && n.kinds()[t] != TokenKind.NUMBER) {
          continue;
        }
        w.add(n.tokens()[t], i);
        k.add(n.korean()[t], i);
        j.add(n.japanese()[t], i);
        c.add(n.chinese()[t], i);
        ph.add(n.phonetic()[t], i);
      }
      PreparedName p = names[i];
      for (int t = 0; t + 1 < n.size(); t++) {
        w.add(p.pairText(t), i);
        k.add(p.pairKorean(t), i);
        j.add(p.pairJapanese(t), i);
        c.add(p.pairChinese(t), i);
      }
    }
    this.commonWordsOnly = new boolean[names.length];
    if (entries.length >= MIN_ENTRIES_FOR_RARITY) {
      for (int i = 0; i < names.length; i++) {
        commonWordsOnly[i] = commonWordsOnly(normalized.get(i));
      }
    }
    this.words = w.build();
    this.korean = k.build();
    this.japanese = j.build();
    this.chinese = c.build();
    this.phonetic = ph.build();
    this.trigrams = new Trigrams(words.terms());
    Map<String, int[]> idMap = new HashMap<>();
    ids.forEach((key, list) -> idMap.put(key, list.toArray()));
    this.identifiers = idMap;
  }

  /**
   * A word weighing less than this is common on the lists: on more than N^0.4 of N entries (16 of
   * a thousand, 40 of ten thousand), such as mohammed, ali, abdul or ahmed on the UN list.
   */
  public static final float COMMON_WORD = 0.7f;
  /** Below this many entries, how often a word occurs says nothing about how common it is. */
  static final int MIN_ENTRIES_FOR_RARITY = 100;

  private boolean commonWordsOnly(NormalizedName n) {
    int words = 0;
    for (int t = 0; t < n.size(); t++) {
      if (n.kinds()[t] != TokenKind.WORD) {
        continue;
      }
      words++;
      if (weight(n.tokens()[t], TokenKind.WORD) >= COMMON_WORD) {
        return false;
      }
    }
    return words > 0;
  }

  /**
   * Whether every word of a name is common on the lists ({@link #COMMON_WORD}): "Ali Mohammed" is
   * the alias of one listed person and the name of very many others, so it cannot decide a match
   * alone.
   */
  public boolean commonWordsOnly(int nameId) {
    return commonWordsOnly[nameId];
  }

  public static ListIndex of(List<ListVersion> versions) {
    return new ListIndex(versions);
  }

  /**
   * Word weights from rarity: {@code 0.25 + 0.75 · ln(N/df) / ln(N)}, so a word on one entry in
   * ten thousand weighs about 1 and a word on every tenth entry about 0.45. Words on no list weigh
   * 1: an unknown word in a query is as telling as the rarest.
   */
  private static Map<String, Float> rarityWeights(Map<String, Integer> df, int entries) {
    Map<String, Float> out = new HashMap<>(df.size() * 2);
    double logN = Math.log(Math.max(2, entries));
    df.forEach((word, count) ->
        out.put(word, (float) (0.25 + 0.75 * Math.max(0, Math.log((double) entries / count)) / logN)));
    return out;
  }

  @Override
  public float weight(String token, TokenKind kind) {
    if (kind == TokenKind.WORD && token.length() == 1) {
      return TokenWeights.INITIAL_WEIGHT;
    }
    Float w = kind == TokenKind.WORD ? wordWeights.get(token) : null;
    return TokenWeights.byKind(kind, w == null ? 1f : w);
  }

  static String identifierKey(Identifier id) {
    return id.type().name() + ":" + id.key();
  }

  /** Most candidates {@link #search} returns. */
  public static final int MAX_CANDIDATES = CandidateSearch.MAX_CANDIDATES;

  /**
   * Writes the ids of the names worth scoring for this query into {@code out} (at least {@link
   * #MAX_CANDIDATES} long), best first, and returns how many there are. Uses only the inverted
   * indexes, never a scan of every name.
   */
  public int search(PreparedName query, int[] out) {
    CandidateSearch s = search.get();
    s.search(query);
    System.arraycopy(s.candidates, 0, out, 0, s.candidateCount);
    return s.candidateCount;
  }

  /** The prepared form of a name, by id. */
  public PreparedName name(int nameId) {
    return names[nameId];
  }

  public NameStrength strength(int nameId) {
    return nameStrength[nameId];
  }

  /** The index of the entry a name belongs to. */
  public int entryOf(int nameId) {
    return nameEntry[nameId];
  }

  public ListEntry entry(int entryIndex) {
    return entries[entryIndex];
  }

  /** Query words whose romanization keys are remembered (about 300 bytes each). */
  static final int QUERY_WORDS_REMEMBERED = 50_000;
  static final int QUERY_PAIRS_REMEMBERED = 20_000;
  /** Words whose spelled-alike list words are remembered (about 100 bytes each). */
  static final int WORDS_ALIKE_REMEMBERED = 100_000;

  /** Prepares a query name with this index's word weights. */
  public PreparedName prepare(String name) {
    return PreparedName.of(name, this, queryWordKeys, queryPairKeys);
  }

  /** The indexes of the entries that carry exactly this identifier. */
  public int[] entriesWith(Identifier id) {
    int[] found = identifiers.get(identifierKey(id));
    return found == null ? new int[0] : found;
  }

  public List<ListVersion> versions() {
    return versions;
  }

  public int entryCount() {
    return entries.length;
  }

  public int nameCount() {
    return names.length;
  }

  /** Distinct indexed words and joined words. */
  public int vocabularySize() {
    return words.size();
  }
}

package org.kenmon.goods;

import java.util.List;
import java.util.Objects;

/**
 * A brand with its home country and the names it is written under.
 *
 * @param name the brand as usually written in Latin letters ("Toshiba")
 * @param country ISO 3166 alpha-2 code of the company's home country ("JP")
 * @param aliases every spelling that counts as the brand, in Latin, Japanese, Korean and Chinese
 *     scripts (Toshiba, 東芝, 东芝, 도시바)
 * @param wordAliases the aliases that are also ordinary words (Apple and 苹果 the fruit, Sharp,
 *     Brother, 兄弟, 先锋 "vanguard"): they count as the brand only where the description names
 *     manufactured goods (HS chapters 84, 85, 90, 91, 92, 95) or, for Latin ones, where the
 *     description names no goods and writes the word with a capital letter
 * @param source where the brand and its country were checked (the company's Wikipedia page)
 */
public record Brand(
    String name, String country, List<String> aliases, List<String> wordAliases, String source) {
  public Brand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(source, "source");
    aliases = List.copyOf(aliases);
    wordAliases = List.copyOf(wordAliases);
  }
}

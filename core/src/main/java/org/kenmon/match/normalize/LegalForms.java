package org.kenmon.match.normalize;

import java.util.Set;

/**
 * Legal-form words and the CJK legal forms rewritten into them before transliteration, so that
 * 株式会社 and "Co., Ltd." meet, and honorifics that carry no identity.
 */
final class LegalForms {
  private LegalForms() {}

  static final Set<String> WORDS = Set.of(
      "co", "ltd", "limited", "corp", "corporation", "inc", "incorporated", "company", "llc", "llp", "lp", "plc",
      "gmbh", "ag", "sa", "sarl", "srl", "spa", "bv", "nv", "jsc", "ojsc", "pjsc", "cjsc", "oao", "zao", "ooo",
      "pao", "kk", "pte", "pty", "bhd", "sdn", "fze", "fzco", "fzc", "dmcc", "lc", "as", "ab", "oy",
      "kg", "kft", "zrt", "sp", "zoo");

  static final Set<String> STOP = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam");

  /** CJK legal forms, longest first, with the Latin words they become. */
  static final String[][] CJK = {
      {"股份有限公司", " co ltd "}, {"有限责任公司", " co ltd "}, {"有限責任公司", " co ltd "}, {"有限公司", " co ltd "},
      {"株式会社", " co ltd "}, {"有限会社", " co ltd "}, {"合同会社", " llc "}, {"주식회사", " co ltd "},
      {"유한회사", " co ltd "}, {"㈱", " co ltd "}, {"(株)", " co ltd "}, {"（株）", " co ltd "}, {"(주)", " co ltd "},
      {"공사", " corporation "}, {"总公司", " corporation "}, {"公司", " company "}, {"会社", " company "},
      {"회사", " company "}, {"集团", " group "}, {"集團", " group "}};
}

package org.kenmon.match.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms: the words, the long phrases folded into them ("Aktiengesellschaft" is AG,
 * "Open Joint Stock Company" OJSC), the classes that say which forms are the same thing in two
 * languages (OAO is OJSC, OOO is LLC), the CJK forms rewritten before transliteration, and
 * honorifics that carry no identity.
 */
final class LegalForms {
  private LegalForms() {}

  /** Each legal-form word and the class it belongs to (the token's text after normalization). */
  static final Map<String, String> CLASS = classes(
      "co=co", "company=co", "cos=co",
      "ltd=ltd", "limited=ltd",
      "corp=corp", "corporation=corp",
      "inc=inc", "incorporated=inc",
      "llc=llc", "ooo=llc", "tov=llc",
      "llp=llp", "lp=lp", "plc=plc",
      "gmbh=gmbh", "ag=ag", "akg=ag", "kg=kg", "se=se",
      "sa=sa", "sarl=sarl", "srl=srl", "spa=spa", "sas=sas",
      "bv=bv", "nv=nv", "as=as", "asa=asa", "ab=ab", "oy=oy", "oyj=oyj", "aps=aps",
      "jsc=jsc", "ao=jsc", "ojsc=ojsc", "oao=ojsc", "cjsc=cjsc", "zao=cjsc", "pjsc=pjsc", "pao=pjsc",
      "kk=kk", "pte=pte", "pty=pty", "bhd=bhd", "sdn=sdn", "fze=fze", "fzco=fzco", "fzc=fzc", "dmcc=dmcc",
      "lc=lc", "kft=kft", "zrt=zrt", "zoo=zoo", "sp=sp");

  /** Long forms, folded, longest first, and the abbreviation they become. */
  static final String[][] PHRASES = {
      {"gesellschaft mit beschrankter haftung", "gmbh"},
      {"societatea cu raspundere limitata", "srl"},
      {"obshchestvo s ogranichennoy otvetstvennostyu", "ooo"},
      {"obshchestvo s ogranichennoi otvetstvennostiu", "ooo"},
      {"spolka z ograniczona odpowiedzialnoscia", "sp zoo"},
      {"otkrytoe aktsionernoe obshchestvo", "oao"},
      {"zakrytoe aktsionernoe obshchestvo", "zao"},
      {"publichnoe aktsionernoe obshchestvo", "pao"},
      {"aktsionernoe obshchestvo", "ao"},
      {"open joint stock company", "ojsc"},
      {"closed joint stock company", "cjsc"},
      {"public joint stock company", "pjsc"},
      {"joint stock company", "jsc"},
      {"limited liability company", "llc"},
      {"limited liability partnership", "llp"},
      {"public limited company", "plc"},
      {"private limited company", "pte ltd"},
      {"kabushiki kaisha", "kk"},
      {"kabushiki gaisha", "kk"},
      {"sociedad anonima", "sa"},
      {"societe anonyme", "sa"},
      {"societa per azioni", "spa"},
      {"besloten vennootschap", "bv"},
      {"naamloze vennootschap", "nv"},
      {"aktiengesellschaft", "ag"},
      {"aktiengeselschaft", "ag"},
      {"sp z o o", "sp zoo"},
      {"sp z oo", "sp zoo"}};

  static final Set<String> STOP = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam");

  /**
   * Name particles, each with the spelling it is folded to, so that the transliterations of one
   * particle meet (el and al, ben and bin).
   */
  static final Map<String, String> PARTICLES = Map.ofEntries(
      Map.entry("al", "al"), Map.entry("el", "al"), Map.entry("ul", "al"),
      Map.entry("bin", "bin"), Map.entry("ben", "bin"), Map.entry("ibn", "bin"), Map.entry("bint", "bin"),
      Map.entry("van", "van"), Map.entry("von", "von"), Map.entry("der", "der"), Map.entry("den", "den"),
      Map.entry("de", "de"), Map.entry("da", "da"), Map.entry("di", "di"), Map.entry("du", "du"),
      Map.entry("del", "del"), Map.entry("della", "della"), Map.entry("la", "la"), Map.entry("le", "le"),
      Map.entry("dos", "dos"), Map.entry("das", "das"));

  /** CJK legal forms, longest first, with the Latin words they become. */
  static final String[][] CJK = {
      {"股份有限公司", " co ltd "}, {"有限责任公司", " co ltd "}, {"有限責任公司", " co ltd "}, {"有限公司", " co ltd "},
      {"株式会社", " co ltd "}, {"有限会社", " co ltd "}, {"合同会社", " llc "}, {"주식회사", " co ltd "},
      {"유한회사", " co ltd "}, {"㈱", " co ltd "}, {"(株)", " co ltd "}, {"（株）", " co ltd "}, {"(주)", " co ltd "},
      {"공사", " corporation "}, {"总公司", " corporation "}, {"公司", " company "}, {"会社", " company "},
      {"회사", " company "}, {"集团", " group "}, {"集團", " group "}};

  private static Map<String, String> classes(String... pairs) {
    Map<String, String> out = new HashMap<>();
    for (String p : pairs) {
      String[] kv = p.split("=");
      out.put(kv[0], kv[1]);
    }
    return Map.copyOf(out);
  }
}

package org.kenmon.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code names} mapping of a gazetteer place: names grouped by script, Latin names by
 * romanization system, each a plain string or {@code {name, homograph}}. Rejects a name written in
 * another script than the one it is listed under, and a name with nothing to look it up by.
 */
final class NameReader {
  private static final Map<String, PlaceName.Script> SCRIPTS = Map.of("latin", PlaceName.Script.LATIN,
      "hangul", PlaceName.Script.HANGUL, "hanzi", PlaceName.Script.HAN,
      "hanzi_simplified", PlaceName.Script.HAN_SIMPLIFIED, "hanzi_traditional", PlaceName.Script.HAN_TRADITIONAL,
      "kanji", PlaceName.Script.KANJI, "kana", PlaceName.Script.KANA, "cyrillic", PlaceName.Script.CYRILLIC);
  private static final Map<String, PlaceName.Form> FORMS = Map.of("official", PlaceName.Form.OFFICIAL,
      "mr", PlaceName.Form.MCCUNE_REISCHAUER, "rr", PlaceName.Form.REVISED,
      "wade_giles", PlaceName.Form.WADE_GILES, "postal", PlaceName.Form.POSTAL,
      "hepburn", PlaceName.Form.HEPBURN, "conventional", PlaceName.Form.CONVENTIONAL,
      "historical", PlaceName.Form.HISTORICAL, "other", PlaceName.Form.OTHER);

  private final YamlNodes yaml;

  NameReader(YamlNodes yaml) {
    this.yaml = yaml;
  }

  List<PlaceName> names(Node node, Node place, String p, Map<String, Node> nameNodes) {
    List<PlaceName> out = new ArrayList<>();
    if (node == null) {
      yaml.error(place, p + ".names", "missing field names");
      return out;
    }
    if (!(node instanceof MappingNode)) {
      yaml.error(node, p + ".names", "names must be a mapping of script to names (latin, hangul, hanzi, ...)");
      return out;
    }
    for (Map.Entry<String, Node> e : yaml.fields((MappingNode) node, SCRIPTS.keySet(), p + ".names").entrySet()) {
      PlaceName.Script script = SCRIPTS.get(e.getKey());
      String field = p + ".names." + e.getKey();
      if (script == PlaceName.Script.LATIN) {
        if (!(e.getValue() instanceof MappingNode)) {
          yaml.error(e.getValue(), field, "latin names must be a mapping of romanization system to names ("
              + String.join(", ", FORMS.keySet()) + ")");
          continue;
        }
        for (Map.Entry<String, Node> byForm : yaml.fields((MappingNode) e.getValue(), FORMS.keySet(), field).entrySet()) {
          for (Node n : yaml.nodes(byForm.getValue(), field + "." + byForm.getKey())) {
            name(n, script, FORMS.get(byForm.getKey()), field + "." + byForm.getKey(), out, nameNodes);
          }
        }
      } else {
        for (Node n : yaml.nodes(e.getValue(), field)) {
          name(n, script, PlaceName.Form.NATIVE, field, out, nameNodes);
        }
      }
    }
    if (out.isEmpty()) {
      yaml.error(node, p + ".names", "no usable names");
    }
    return out;
  }

  private void name(Node n, PlaceName.Script script, PlaceName.Form form, String field, List<PlaceName> out,
      Map<String, Node> nameNodes) {
    String text;
    String homograph = null;
    if (n instanceof MappingNode) {
      Map<String, Node> f = yaml.fields((MappingNode) n, Set.of("name", "homograph"), field);
      text = yaml.scalar(f.get("name"), field + ".name");
      homograph = yaml.scalar(f.get("homograph"), field + ".homograph");
      if (homograph == null || homograph.isBlank()) {
        yaml.error(n, field + ".homograph", "a name given as a mapping needs homograph: the other place it denotes");
      }
    } else {
      text = yaml.scalar(n, field);
    }
    if (text == null || text.isBlank()) {
      yaml.error(n, field, "empty name");
      return;
    }
    String wrong = scriptProblem(text, script);
    if (wrong != null) {
      yaml.error(n, field, "name '" + text + "' " + wrong);
      return;
    }
    String key = PlaceKeys.fold(text);
    if (key.isEmpty()) {
      yaml.error(n, field, "name '" + text + "' has no letter or digit to look it up by");
      return;
    }
    nameNodes.putIfAbsent(key, n);
    out.add(new PlaceName(text, script, form, homograph));
  }

  /** Why a name does not fit its declared script, or null when it does. */
  static String scriptProblem(String text, PlaceName.Script script) {
    boolean latin = false;
    boolean hangul = false;
    boolean han = false;
    boolean kana = false;
    boolean cyrillic = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      latin |= s == Character.UnicodeScript.LATIN;
      hangul |= s == Character.UnicodeScript.HANGUL;
      han |= s == Character.UnicodeScript.HAN;
      kana |= s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
          || cp == 0x30FC;
      cyrillic |= s == Character.UnicodeScript.CYRILLIC;
    }
    boolean cjk = hangul || han || kana;
    switch (script) {
      case LATIN:
        return latin && !cjk && !cyrillic ? null : "is listed as latin but is not written in Latin letters";
      case HANGUL:
        return hangul && !latin && !han ? null : "is listed as hangul but is not Hangul";
      case KANA:
        return kana && !latin && !hangul ? null : "is listed as kana but holds no Kana";
      case CYRILLIC:
        return cyrillic && !latin && !cjk ? null : "is listed as cyrillic but is not Cyrillic";
      default:
        return han && !latin && !hangul && !kana ? null : "is listed as " + script + " but is not written in Han characters";
    }
  }
}

package org.kenmon.screen;

import java.util.Locale;
import java.util.Map;
import org.kenmon.entity.ListEntry;

/**
 * How the list ids regimes cite ({@code un-1718}, {@code jp-mof-kp}) map onto loaded list
 * versions: the UN 1718 Committee's designations are the DPRK entries of the UN consolidated list
 * ({@code un-sc}); other ids are list ids of their own (a national list imported with that id).
 */
public final class ListBindings {
  /** Regime list id to the loaded list id and the programme an entry must carry (null: any). */
  private static final Map<String, String[]> BINDINGS = Map.of(
      "un-1718", new String[] {"un-sc", "DPRK"});

  private ListBindings() {}

  /** Whether a list entry belongs to the list a regime cites under this id. */
  public static boolean covers(String regimeListId, ListEntry entry) {
    String[] b = BINDINGS.get(regimeListId);
    if (b == null) {
      return entry.listId().equals(regimeListId);
    }
    if (!entry.listId().equals(b[0])) {
      return false;
    }
    return b[1] == null || entry.programs().stream().anyMatch(p -> p.toUpperCase(Locale.ROOT).equals(b[1]));
  }

  /** The loaded list id a regime list id reads from. */
  public static String loadedListId(String regimeListId) {
    String[] b = BINDINGS.get(regimeListId);
    return b == null ? regimeListId : b[0];
  }
}

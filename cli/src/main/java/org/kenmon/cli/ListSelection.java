package org.kenmon.cli;

import java.util.ArrayList;
import java.util.List;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.ShippedLists;
import org.kenmon.lists.store.ListStore;
import org.kenmon.lists.store.ListStoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which list versions a command matches against: {@code --lists} references (a stored version, a
 * list id for its latest version, or {@code shipped} for the UN list inside Kenmon); by default the
 * latest stored version of every list, and the shipped UN list unless a UN list is stored.
 */
final class ListSelection {
  static final String SHIPPED = "shipped";

  @Mixin ListsCommand.DataOption data = new ListsCommand.DataOption();

  @Option(names = "--lists", paramLabel = "REF", split = ",",
      description = "List versions to use: stored references (ofac-sdn, un-sc@2026-02-27, a hash prefix) or "
          + "'shipped' (default: the latest stored version of each list, else the shipped UN list).")
  List<String> refs;

  List<ListVersion> load() {
    ListStore store = data.store();
    try {
      if (refs != null && !refs.isEmpty()) {
        List<ListVersion> out = new ArrayList<>();
        for (String ref : refs) {
          out.add(ref.equals(SHIPPED) ? ShippedLists.un() : store.load(ref));
        }
        return out;
      }
      return store.defaultSelection();
    } catch (ListStoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}

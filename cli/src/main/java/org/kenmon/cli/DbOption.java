package org.kenmon.cli;

import java.nio.file.Path;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option, as a picocli mixin: where the store is (docs/store.md). With neither it
 * nor {@code $KENMON_DB}, the store is the H2 file {@code kenmon.mv.db} of the data directory.
 */
final class DbOption {
  @Option(names = "--db", paramLabel = "URL",
      description = "The store: a JDBC URL such as jdbc:postgresql://host/kenmon (default: $KENMON_DB, else "
          + "kenmon.mv.db in the data directory).")
  String db;

  /** The store of a data directory ({@code --data}'s value, null for the default). */
  StoreLocation location(Path dataOption) {
    try {
      return StoreLocation.resolve(db, ListsCommand.dataDir(dataOption, System::getenv, System::getProperty),
          System::getenv);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /** Opens (and if need be creates and migrates) the store; a store that cannot be opened is an input error. */
  Store open(Path dataOption) {
    return open(location(dataOption));
  }

  static Store open(StoreLocation location) {
    try {
      return Store.open(location);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}

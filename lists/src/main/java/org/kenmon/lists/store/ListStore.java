package org.kenmon.lists.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.ListFormat;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadResult;

/**
 * Dated versions of sanctions lists in a data directory: {@code <data>/lists/<listId>/<asOf>_<first
 * 12 hex of sha256>.jsonl.gz}, one file per version (format in {@code docs/lists.md}).
 *
 * <p>A version is identified by its list and the SHA-256 of the content it was read from, so
 * importing the same content again stores nothing and says so. Files are written to a temporary
 * file beside the target and then moved into place, so a reader never sees half a version.
 *
 * <p>References ({@link #resolve}): {@code un-sc} (the latest version of that list by as-of date),
 * {@code un-sc@2026-02-27}, a hash prefix of at least 4 hex digits ({@code 66b392a4}), or a label
 * {@code un-sc@2026-02-27#66b392a40908}.
 */
public final class ListStore {
  private static final String SUFFIX = ".jsonl.gz";
  private final Path dataDir;
  private final Clock clock;

  public ListStore(Path dataDir) {
    this(dataDir, Clock.systemUTC());
  }

  /** With a clock for the import time, for tests. */
  public ListStore(Path dataDir, Clock clock) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The folder holding one subfolder per list. */
  public Path root() {
    return dataDir.resolve("lists");
  }

  /**
   * Reads a file and stores the version it holds.
   *
   * @param asOf the date the list is as of; null to use the file's own (UN XML only)
   * @throws org.kenmon.lists.ListReadException when the file cannot be read
   * @throws ListStoreException when the store cannot be written
   */
  public ImportResult importVersion(Path file, ListFormat format, LocalDate asOf) {
    return importVersion(format, ListInput.of(file).withAsOf(asOf));
  }

  /** Reads an input (with its list id and limits) and stores the version it holds. */
  public ImportResult importVersion(ListFormat format, ListInput input) {
    return store(format.reader().read(input));
  }

  /** Stores a version already read, e.g. {@link org.kenmon.lists.ShippedLists#readUn()}. */
  public ImportResult store(ListReadResult result) {
    ListVersion v = result.version();
    if (result.loaded() == 0) {
      return new ImportResult(result, null, ImportResult.Outcome.NOTHING_LOADED);
    }
    for (StoredVersion existing : versions()) {
      if (existing.listId().equals(v.listId()) && existing.sha256().equals(v.sha256())) {
        return new ImportResult(result, existing, ImportResult.Outcome.ALREADY_STORED);
      }
    }
    Path dir = root().resolve(v.listId());
    Path target = dir.resolve(v.asOf() + "_" + v.sha256().substring(0, 12) + SUFFIX);
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // Not Files.createTempFile: its files are readable by their owner only, and the moved
      // version would keep that; a version must be as readable as any file the user creates.
      tmp = dir.resolve(".import-" + UUID.randomUUID() + ".tmp");
      VersionFile.write(tmp, result, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
      move(tmp, target);
    } catch (IOException e) {
      throw new ListStoreException("cannot store " + v.label() + " in " + dir + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
    return new ImportResult(result, VersionFile.header(target), ImportResult.Outcome.STORED);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // A left-over temporary file is ignored by versions(); nothing better to do here.
      }
    }
  }

  /** Every stored version, by list id, then as-of date, then import time. */
  public List<StoredVersion> versions() {
    if (!Files.isDirectory(root())) {
      return List.of();
    }
    List<StoredVersion> out = new ArrayList<>();
    try (Stream<Path> lists = Files.list(root())) {
      for (Path dir : lists.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).forEach(f -> out.add(VersionFile.header(f)));
        }
      }
    } catch (IOException e) {
      throw new ListStoreException("cannot list " + root() + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(StoredVersion::listId).thenComparing(StoredVersion::asOf)
        .thenComparing(StoredVersion::importedAt));
    return out;
  }

  /**
   * The stored version a reference names.
   *
   * @throws ListStoreException when nothing matches, or versions of several lists match
   */
  public StoredVersion resolve(String ref) {
    List<StoredVersion> all = versions();
    List<StoredVersion> matches = all.stream().filter(v -> VersionRef.parse(ref).matches(v)).toList();
    if (matches.isEmpty()) {
      throw new ListStoreException("no list version matches \"" + ref + "\"" + (all.isEmpty()
          ? "; the store " + root() + " is empty"
          : "; stored: " + all.stream().map(StoredVersion::label).collect(Collectors.joining(", "))));
    }
    if (matches.stream().map(StoredVersion::listId).distinct().count() > 1) {
      throw new ListStoreException("\"" + ref + "\" matches versions of several lists: "
          + matches.stream().map(StoredVersion::label).collect(Collectors.joining(", ")) + "; give more of it");
    }
    return matches.get(matches.size() - 1);
  }

  /**
   * The versions screening uses unless told otherwise: the latest stored version of each list,
   * and the UN list shipped inside Kenmon unless a UN list is stored, so that a fresh install
   * matches at once and an imported UN list takes the shipped one's place.
   */
  public List<ListVersion> defaultSelection() {
    java.util.Map<String, StoredVersion> latest = new java.util.LinkedHashMap<>();
    for (StoredVersion v : versions()) {
      latest.put(v.listId(), v); // versions() is sorted by list, then date: the last one wins
    }
    List<ListVersion> out = new ArrayList<>();
    if (!latest.containsKey(org.kenmon.lists.un.UnListReader.LIST_ID)) {
      out.add(org.kenmon.lists.ShippedLists.un());
    }
    for (StoredVersion v : latest.values()) {
      out.add(load(v.label()));
    }
    return out;
  }

  /** The entries of the version a reference names; see {@link #resolve}. */
  public ListVersion load(String ref) {
    return VersionFile.read(resolve(ref).path());
  }

  /**
   * What changed from version {@code a} to version {@code b} of a list.
   *
   * @throws IllegalArgumentException when they are versions of different lists
   */
  public ListDiff diff(String a, String b) {
    return ListDiff.between(load(a), load(b));
  }
}

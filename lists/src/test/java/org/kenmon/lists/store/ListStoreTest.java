package org.kenmon.lists.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.ListFormat;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.TestFiles;
import org.kenmon.lists.un.UnListReader;

class ListStoreTest {
  private static final Path UN_V1 = TestFiles.resource("lists/un/UN_excerpt.xml");
  private static final Path UN_V2 = TestFiles.resource("lists/un/UN_excerpt_v2.xml");
  private static final Path OFAC = TestFiles.resource("lists/ofac/sdn.csv").getParent();
  private static final Path CSV = TestFiles.resource("lists/csv/jp-mof-example.csv");

  @TempDir Path data;
  private ListStore store;

  @BeforeEach
  void setUp() {
    store = new ListStore(data, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void importVersion_newContent_storedUnderListIdAsGzippedJsonLines() throws IOException {
    ImportResult r = store.importVersion(UN_V1, ListFormat.UN_XML, null);
    assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.STORED);
    StoredVersion v = r.version();
    assertThat(v.label()).isEqualTo(r.read().version().label()).startsWith("un-sc@2026-02-27#");
    assertThat(v.path()).isEqualTo(data.resolve("lists/un-sc/2026-02-27_" + v.sha256().substring(0, 12) + ".jsonl.gz"));
    assertThat(List.of(v.read(), v.loaded(), v.rejected(), v.skipped())).containsExactly(14, 14, 0, 0);
    assertThat(v.importedAt()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
    assertThat(v.format()).isEqualTo("un-xml");
    try (Stream<Path> files = Files.list(v.path().getParent())) {
      assertThat(files).containsExactly(v.path());
    }
  }

  @Test
  void importVersion_storedFile_isAsReadableAsAnyNewFile() throws IOException {
    Path plain = Files.createFile(data.resolve("plain"));
    StoredVersion v = store.importVersion(UN_V1, ListFormat.UN_XML, null).version();
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(v.path())).isEqualTo(Files.getPosixFilePermissions(plain));
    } else {
      assertThat(Files.isReadable(v.path())).isTrue();
    }
  }

  @Test
  void importVersion_sameContentTwice_isIdempotentAndSaysSo() throws IOException {
    StoredVersion first = store.importVersion(UN_V1, ListFormat.UN_XML, null).version();
    long modified = Files.getLastModifiedTime(first.path()).toMillis();
    ImportResult again = store.importVersion(UN_V1, ListFormat.UN_XML, LocalDate.of(2026, 3, 1));
    assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_STORED);
    assertThat(again.version()).isEqualTo(first);
    assertThat(store.versions()).hasSize(1);
    assertThat(Files.getLastModifiedTime(first.path()).toMillis()).isEqualTo(modified);
  }

  @Test
  void load_storedVersion_equalsWhatWasRead() {
    ImportResult r = store.importVersion(OFAC, ListFormat.OFAC_CSV, LocalDate.of(2021, 7, 7));
    ListVersion loaded = store.load("ofac-sdn");
    assertThat(loaded).isEqualTo(r.read().version());
    ImportResult csv = store.importVersion(ListFormat.CSV, ListInput.of(CSV).withAsOf(LocalDate.of(2026, 3, 1))
        .withListId("jp-mof"));
    assertThat(store.load("jp-mof")).isEqualTo(csv.read().version());
  }

  @Test
  void versions_sortedByListThenDate() {
    store.importVersion(UN_V2, ListFormat.UN_XML, null);
    store.importVersion(OFAC, ListFormat.OFAC_CSV, LocalDate.of(2021, 7, 7));
    store.importVersion(UN_V1, ListFormat.UN_XML, null);
    assertThat(store.versions()).extracting(v -> v.listId() + "@" + v.asOf())
        .containsExactly("ofac-sdn@2021-07-07", "un-sc@2026-02-27", "un-sc@2026-03-27");
  }

  @Test
  void resolve_references() {
    StoredVersion v1 = store.importVersion(UN_V1, ListFormat.UN_XML, null).version();
    StoredVersion v2 = store.importVersion(UN_V2, ListFormat.UN_XML, null).version();
    StoredVersion ofac = store.importVersion(OFAC, ListFormat.OFAC_CSV, LocalDate.of(2021, 7, 7)).version();
    assertThat(store.resolve("un-sc")).isEqualTo(v2);
    assertThat(store.resolve("un-sc@2026-02-27")).isEqualTo(v1);
    assertThat(store.resolve(v1.sha256().substring(0, 8))).isEqualTo(v1);
    assertThat(store.resolve(v1.label())).isEqualTo(v1);
    assertThat(store.resolve("#" + ofac.sha256().substring(0, 6))).isEqualTo(ofac);
    assertThat(store.resolve("ofac-sdn")).isEqualTo(ofac);
  }

  @Test
  void resolve_nothingMatches_saysWhatIsStored() {
    StoredVersion v1 = store.importVersion(UN_V1, ListFormat.UN_XML, null).version();
    assertThatThrownBy(() -> store.resolve("eu-fsf"))
        .isInstanceOf(ListStoreException.class)
        .hasMessage("no list version matches \"eu-fsf\"; stored: " + v1.label());
    assertThatThrownBy(() -> store.resolve("un-sc@2025-01-01")).hasMessageContaining("no list version matches");
    assertThatThrownBy(() -> store.resolve("un-sc@yesterday")).hasMessageContaining("\"yesterday\" is not a date");
  }

  @Test
  void resolve_emptyStore_saysSo() {
    assertThatThrownBy(() -> store.resolve("un-sc")).hasMessageContaining("is empty");
  }

  @Test
  void resolve_prefixOfSeveralLists_isAnErrorListingThem() {
    store.importVersion(UN_V1, ListFormat.UN_XML, null);
    store.importVersion(OFAC, ListFormat.OFAC_CSV, LocalDate.of(2021, 7, 7));
    assertThatThrownBy(() -> store.resolve("#"))
        .isInstanceOf(ListStoreException.class)
        .hasMessageContaining("matches versions of several lists");
  }

  @Test
  void diff_unV1ToV2_addedRemovedChangedWithFields() {
    store.importVersion(UN_V1, ListFormat.UN_XML, null);
    store.importVersion(UN_V2, ListFormat.UN_XML, null);
    ListDiff d = store.diff("un-sc@2026-02-27", "un-sc@2026-03-27");
    assertThat(d.added()).extracting(ListEntry::entryId).containsExactly("KPe.033");
    assertThat(d.removed()).extracting(ListEntry::entryId).containsExactly("QDi.290");
    assertThat(d.changed()).singleElement().satisfies(c -> {
      assertThat(c.entryId()).isEqualTo("KPi.064");
      assertThat(c.fields()).containsExactly("names");
    });
    assertThat(d.unchanged()).isEqualTo(12);
    assertThat(d.from()).startsWith("un-sc@2026-02-27#");
    ListDiff back = store.diff("un-sc", "un-sc@2026-02-27");
    assertThat(back.added()).extracting(ListEntry::entryId).containsExactly("QDi.290");
  }

  @Test
  void diff_differentLists_isRefused() {
    store.importVersion(UN_V1, ListFormat.UN_XML, null);
    store.importVersion(OFAC, ListFormat.OFAC_CSV, LocalDate.of(2021, 7, 7));
    assertThatThrownBy(() -> store.diff("un-sc", "ofac-sdn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a diff compares two versions of one list");
  }

  @Test
  void changedFields_eachFieldDetected_orderIgnored() {
    ListEntry base = new UnListReader().read(ListInput.of(UN_V1)).version().entries().get(0);
    ListEntry reordered = copy(base, base.names(), reverse(base.birthDates()), base.identifiers(), base.programs());
    assertThat(ListDiff.changedFields(base, reordered)).isEmpty();
    ListEntry changed = new ListEntry(base.listId(), base.entryId(), org.kenmon.entity.EntityType.ORGANIZATION,
        base.names().subList(0, 1), List.of(), List.of("CN"), base.countries(), List.of(), List.of("X"),
        base.listedOn(), "other remarks");
    assertThat(ListDiff.changedFields(base, changed))
        .containsExactly("type", "names", "birthDates", "nationalities", "identifiers", "programs");
  }

  @Test
  void store_nothingLoaded_writesNothing() throws IOException {
    Path empty = TestFiles.write(data.resolve("in"), "empty.csv", "id,name,type\nA,,person\n");
    ImportResult r = store.importVersion(ListFormat.CSV, ListInput.of(empty).withAsOf(LocalDate.of(2026, 1, 1)));
    assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.NOTHING_LOADED);
    assertThat(r.version()).isNull();
    assertThat(store.versions()).isEmpty();
    assertThat(Files.exists(store.root())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not gzip", ""})
  void versions_corruptFile_failsNamingIt(String content) throws IOException {
    Path bad = TestFiles.write(store.root().resolve("un-sc"), "2026-01-01_000000000000.jsonl.gz", content);
    assertThatThrownBy(() -> store.versions())
        .isInstanceOf(ListStoreException.class)
        .hasMessageContaining("cannot read list version file " + bad);
  }

  @Test
  void versions_leftoverTemporaryFile_isIgnored() {
    TestFiles.write(store.root().resolve("un-sc"), ".import-123.tmp", "half a file");
    StoredVersion v = store.importVersion(UN_V1, ListFormat.UN_XML, null).version();
    assertThat(store.versions()).containsExactly(v);
  }

  private static ListEntry copy(ListEntry e, List<org.kenmon.entity.EntityName> names,
      List<org.kenmon.entity.BirthDate> dobs, List<org.kenmon.entity.Identifier> ids, List<String> programs) {
    return new ListEntry(e.listId(), e.entryId(), e.type(), names, dobs, e.nationalities(), e.countries(), ids,
        programs, e.listedOn(), e.remarks());
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> out = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }
}

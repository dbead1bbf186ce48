package org.kenmon.lists.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityName;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.NameStrength;
import org.kenmon.problems.Problem;
import org.kenmon.problems.Problem.Severity;

/**
 * One record on its way to a {@link ListEntry}. Mappers add what they find; blank values are
 * ignored and repeats merged (a name given twice keeps its strongest strength). An {@link #error}
 * rejects the record when it is {@link #finish() finished}; a {@link #warning} only reports.
 */
public final class EntryDraft {
  private final ReadLog log;
  private final String listId;
  private final String file;
  private final int line;
  private String entryId;
  private EntityType type = EntityType.UNKNOWN;
  private final List<EntityName> names = new ArrayList<>();
  private final Map<String, Integer> nameIndex = new LinkedHashMap<>();
  private final Set<BirthDate> birthDates = new LinkedHashSet<>();
  private final Set<String> nationalities = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Map<String, Identifier> identifiers = new LinkedHashMap<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private LocalDate listedOn;
  private String remarks;
  private boolean failed;

  EntryDraft(ReadLog log, String listId, String file, int line) {
    this.log = log;
    this.listId = listId;
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The entry id, or null while unknown. */
  public String entryId() {
    return entryId;
  }

  public EntityType type() {
    return type;
  }

  public EntryDraft id(String id) {
    entryId = Texts.clean(id);
    return this;
  }

  public EntryDraft type(EntityType value) {
    type = value;
    return this;
  }

  /** Adds a name; the first name added should be the primary one. */
  public EntryDraft name(String value, NameStrength strength) {
    String v = Texts.clean(value);
    if (v == null) {
      return this;
    }
    String key = v.toLowerCase(Locale.ROOT);
    Integer at = nameIndex.get(key);
    if (at == null) {
      nameIndex.put(key, names.size());
      names.add(new EntityName(v, strength));
    } else if (strength.compareTo(names.get(at).strength()) < 0) {
      names.set(at, new EntityName(names.get(at).value(), strength));
    }
    return this;
  }

  public EntryDraft birthDate(BirthDate value) {
    birthDates.add(value);
    return this;
  }

  /** Adds an ISO alpha-2 nationality. */
  public EntryDraft nationality(String iso) {
    nationalities.add(iso);
    return this;
  }

  /** Adds an ISO alpha-2 country of address, citizenship or registration. */
  public EntryDraft country(String iso) {
    countries.add(iso);
    return this;
  }

  public EntryDraft identifier(Identifier value) {
    identifiers.putIfAbsent(value.type() + ":" + value.key(), value);
    return this;
  }

  public EntryDraft program(String value) {
    String p = Texts.clean(value);
    if (p != null) {
      programs.add(p);
    }
    return this;
  }

  public EntryDraft listedOn(LocalDate value) {
    listedOn = value;
    return this;
  }

  public EntryDraft remarks(String value) {
    remarks = value == null || value.isBlank() ? null : value.strip();
    return this;
  }

  /** Reports a problem that rejects this record. */
  public void error(String field, String message) {
    failed = true;
    log.add(new Problem(Severity.ERROR, file, line, 0, path(field), message));
  }

  /** Reports a problem that drops a value but keeps the record. */
  public void warning(String field, String message) {
    log.add(new Problem(Severity.WARNING, file, line, 0, path(field), message));
  }

  private String path(String field) {
    return entryId == null ? field : entryId + "." + field;
  }

  /** Completes the record: loaded as an entry, or rejected (with an error) if anything failed. */
  public void finish() {
    if (entryId == null) {
      error("id", "missing id");
    }
    if (names.isEmpty()) {
      error("name", "missing name");
    } else if (names.get(0).strength() != NameStrength.PRIMARY) {
      error("name", "missing primary name (only aliases: " + Texts.quote(names.get(0).value()) + ")");
    }
    if (failed) {
      log.rejected();
      return;
    }
    ListEntry entry = new ListEntry(listId, entryId, type, names, List.copyOf(birthDates),
        List.copyOf(nationalities), List.copyOf(countries), List.copyOf(identifiers.values()),
        List.copyOf(programs), listedOn, remarks);
    log.accept(this, entry);
  }
}

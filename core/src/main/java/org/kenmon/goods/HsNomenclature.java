package org.kenmon.goods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.kenmon.hs.HsCode;
import org.kenmon.problems.Problem;

/**
 * The HS 2022 nomenclature: every chapter, heading and subheading with its English description,
 * plus the older-edition codes the screening story needs (8525.80 and 8517.12, split in 2022, and
 * the HS 2002 codes of the watchlist), so a code that is not in HS 2022 gets a reason.
 *
 * <pre>{@code
 * HsNomenclature hs = HsNomenclature.shipped();
 * hs.exists(HsCode.parse("8471.30.0100"));     // true: national line of subheading 8471.30
 * hs.absenceReason(HsCode.parse("8525.80"));   // "8525.80 is not in HS 2022; in HS 2017 it was …"
 * }</pre>
 *
 * <p>The shipped data is the UN Comtrade HS 2022 table as published in datasets/harmonized-system
 * (ODC-PDDL-1.0); see {@code org/kenmon/shipped/goods/PROVENANCE.md}. Comtrade's pseudo-chapter 99
 * ("commodities not specified according to kind") is left out: it is not part of the HS. Immutable
 * and thread-safe.
 */
public final class HsNomenclature {
  static final String RESOURCE_DIR = "org/kenmon/shipped/goods/";
  static final String NOMENCLATURE_FILE = "harmonized-system.csv.gz";
  static final String FORMER_FILE = "hs-former-codes.csv";

  private static final Pattern EDITIONS =
      Pattern.compile("(1996|2002|2007|2012|2017)(;(1996|2002|2007|2012|2017))*");

  /**
   * A code of an older HS edition that is not in HS 2022, and what replaced it.
   *
   * @param code the old code
   * @param editions the older editions in which the code was used, oldest first
   * @param goods what the code held, in the words of the watchlist or fact sheet it comes from
   * @param successors the HS 2022 codes the goods now fall in
   * @param unconfirmed whether the old code itself is marked UNCONFIRMED in the source
   * @param source where the mapping comes from
   */
  public record FormerCode(
      HsCode code,
      List<String> editions,
      String goods,
      List<HsCode> successors,
      boolean unconfirmed,
      String source) {
    public FormerCode {
      editions = List.copyOf(editions);
      successors = List.copyOf(successors);
    }
  }

  private final Map<String, String> descriptions;
  private final Map<String, FormerCode> former;

  private HsNomenclature(Map<String, String> descriptions, Map<String, FormerCode> former) {
    this.descriptions = descriptions;
    this.former = former;
  }

  /**
   * The shipped HS 2022 nomenclature, read once per class loader.
   *
   * @throws GoodsDataException if the shipped resources are damaged (a packaging fault)
   */
  public static HsNomenclature shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final HsNomenclature INSTANCE = load();

    private static HsNomenclature load() {
      ClassLoader cl = HsNomenclature.class.getClassLoader();
      try (InputStream gz = cl.getResourceAsStream(RESOURCE_DIR + NOMENCLATURE_FILE);
          InputStream old = cl.getResourceAsStream(RESOURCE_DIR + FORMER_FILE)) {
        Objects.requireNonNull(gz, () -> "missing resource " + RESOURCE_DIR + NOMENCLATURE_FILE);
        return read(NOMENCLATURE_FILE, new GZIPInputStream(gz), FORMER_FILE, old);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped HS nomenclature", e);
      }
    }
  }

  /**
   * Reads a nomenclature in the datasets/harmonized-system CSV layout ({@code
   * section,hscode,description,parent,level}) and a former-codes table.
   *
   * @throws GoodsDataException naming file, line and field of every bad row
   */
  static HsNomenclature read(
      String file, InputStream csv, String formerFile, InputStream formerCsv) {
    Csv table = Csv.read(file, csv, false, "section", "hscode", "description", "parent", "level");
    List<Problem> problems = new ArrayList<>(table.problems());
    Map<String, String> descriptions = new HashMap<>(8192);
    Map<String, String> parents = new HashMap<>(8192);
    for (Csv.Row row : table.rows()) {
      String code = row.get(1);
      // UN Comtrade's pseudo-codes (the TOTAL row and 99/9999/999999 "commodities not specified
      // according to kind") carry section TOTAL; they are not HS codes (chapter 99 is national).
      if ("TOTAL".equals(row.get(0))) {
        continue;
      }
      String level = row.get(4);
      if (!HsCode.isValid(code)
          || code.length() > 6
          || !level.equals(String.valueOf(code.length()))) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "hscode",
                "\"" + code + "\" is not a 2-, 4- or 6-digit code of level " + level));
      } else if (row.get(2).isBlank()) {
        problems.add(Csv.error(file, row.line(), "description", "empty description for " + code));
      } else if (descriptions.putIfAbsent(code, row.get(2)) != null) {
        problems.add(Csv.error(file, row.line(), "hscode", "duplicate code " + code));
      } else {
        parents.put(code, row.get(3));
      }
    }
    for (Csv.Row row : table.rows()) {
      String code = row.get(1);
      String parent = parents.get(code);
      if (parent != null && code.length() > 2 && !descriptions.containsKey(parent)) {
        problems.add(
            Csv.error(file, row.line(), "parent", "unknown parent " + parent + " of " + code));
      }
    }
    Map<String, FormerCode> former =
        formerCsv == null ? Map.of() : readFormer(formerFile, formerCsv, descriptions, problems);
    Csv.throwIfAny(problems);
    return new HsNomenclature(Map.copyOf(descriptions), former);
  }

  private static Map<String, FormerCode> readFormer(
      String file, InputStream in, Map<String, String> descriptions, List<Problem> problems) {
    Csv table = Csv.read(file, in, true, "code", "editions", "goods", "hs2022", "status", "source");
    problems.addAll(table.problems());
    Map<String, FormerCode> former = new LinkedHashMap<>();
    for (Csv.Row row : table.rows()) {
      int before = problems.size();
      String code = row.get(0);
      if (!HsCode.isValid(code) || code.length() > 6) {
        problems.add(
            Csv.error(file, row.line(), "code", "\"" + code + "\" is not a 4- or 6-digit HS code"));
      } else if (descriptions.containsKey(HsCode.parse(code).digits())) {
        problems.add(
            Csv.error(
                file, row.line(), "code", code + " is in HS 2022, so it is not a former code"));
      }
      if (!EDITIONS.matcher(row.get(1)).matches()) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "editions",
                "\""
                    + row.get(1)
                    + "\" is not a ;-separated list of 1996, 2002, 2007, 2012, 2017"));
      }
      List<HsCode> successors = new ArrayList<>();
      for (String s : row.get(3).split(";", -1)) {
        if (!HsCode.isValid(s) || !descriptions.containsKey(HsCode.parse(s).truncate(6).digits())) {
          problems.add(
              Csv.error(file, row.line(), "hs2022", "\"" + s + "\" is not an HS 2022 code"));
        } else {
          successors.add(HsCode.parse(s));
        }
      }
      String status = row.get(4);
      if (!status.equals("confirmed") && !status.equals("unconfirmed")) {
        problems.add(
            Csv.error(
                file, row.line(), "status", "\"" + status + "\" is not confirmed or unconfirmed"));
      }
      if (row.get(2).isBlank() || row.get(5).isBlank()) {
        problems.add(
            Csv.error(
                file, row.line(), row.get(2).isBlank() ? "goods" : "source", "must not be empty"));
      }
      if (problems.size() == before) {
        HsCode old = HsCode.parse(code);
        if (former.put(
                old.digits(),
                new FormerCode(
                    old,
                    List.of(row.get(1).split(";")),
                    row.get(2),
                    successors,
                    status.equals("unconfirmed"),
                    row.get(5)))
            != null) {
          problems.add(Csv.error(file, row.line(), "code", "duplicate former code " + code));
        }
      }
    }
    return Collections.unmodifiableMap(former);
  }

  /**
   * The description of a chapter, heading or subheading; for an 8- or 10-digit national line, the
   * description of its 6-digit subheading (national lines are not part of the HS).
   */
  public Optional<String> description(HsCode code) {
    return Optional.ofNullable(descriptions.get(code.truncate(6).digits()));
  }

  /**
   * Whether the code is in HS 2022. An 8- or 10-digit national tariff line exists when its 6-digit
   * subheading does: national subdivisions are each country's own.
   */
  public boolean exists(HsCode code) {
    return descriptions.containsKey(code.truncate(6).digits());
  }

  /**
   * The chapter of a code.
   *
   * @throws IllegalArgumentException if the chapter is not in HS 2022 (77 is reserved; 98 and 99
   *     are national chapters), naming the code
   */
  public HsCode chapterOf(HsCode code) {
    HsCode chapter = code.chapter();
    if (!descriptions.containsKey(chapter.digits())) {
      throw new IllegalArgumentException(
          "chapter "
              + chapter
              + " of "
              + code
              + " is not in HS 2022 (77 is reserved, 98 and 99 are national)");
    }
    return chapter;
  }

  /**
   * The older-edition code this is (or, for a national line, whose subheading this is), if known.
   */
  public Optional<FormerCode> formerCode(HsCode code) {
    FormerCode f = former.get(code.truncate(6).digits());
    if (f == null && code.level() > 4) {
      f = former.get(code.truncate(4).digits());
    }
    return Optional.ofNullable(f);
  }

  /**
   * Why a code is not in HS 2022, or empty if it is. Where the shipped former-codes table knows the
   * code: {@code "8525.80 is not in HS 2022; in HS 2017 (also 2007, 2012) it was the code for …; HS
   * 2022 has 8525.81, 8525.82, 8525.83, 8525.89 instead"}.
   */
  public Optional<String> absenceReason(HsCode code) {
    if (exists(code)) {
      return Optional.empty();
    }
    Optional<FormerCode> f = formerCode(code);
    if (f.isEmpty()) {
      String level = code.level() == 2 ? "chapter" : code.level() == 4 ? "heading" : "subheading";
      HsCode nearest =
          code.level() > 4 && descriptions.containsKey(code.truncate(4).digits())
              ? code.truncate(4)
              : null;
      return Optional.of(
          code
              + " is not in HS 2022 (no such "
              + level
              + ")"
              + (nearest == null
                  ? ""
                  : "; heading " + nearest + " exists: " + descriptions.get(nearest.digits())));
    }
    FormerCode old = f.get();
    List<String> editions = old.editions();
    String latest = editions.get(editions.size() - 1);
    String others =
        editions.size() > 1
            ? " (also " + String.join(", ", editions.subList(0, editions.size() - 1)) + ")"
            : "";
    String now = old.successors().stream().map(HsCode::toString).collect(Collectors.joining(", "));
    return Optional.of(
        code
            + " is not in HS 2022; in HS "
            + latest
            + others
            + " "
            + old.code()
            + " was the code for "
            + old.goods()
            + "; HS 2022 has "
            + now
            + " instead"
            + (old.unconfirmed()
                ? " (older-edition code UNCONFIRMED in the source: " + old.source() + ")"
                : " (" + old.source() + ")"));
  }

  /** Number of chapters, headings and subheadings. */
  public int size() {
    return descriptions.size();
  }

  /** Every 6-digit subheading with its description, for the nomenclature index. */
  Map<String, String> subheadings() {
    return descriptions.entrySet().stream()
        .filter(e -> e.getKey().length() == 6)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}

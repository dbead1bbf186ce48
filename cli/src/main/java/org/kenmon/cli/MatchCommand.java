package org.kenmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.EntityType;
import org.kenmon.match.Match;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.transaction.read.CsvTransactionParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kenmon match "NAME"} and {@code kenmon match --input FILE.csv}: a name against the
 * sanctions lists, every candidate at or above the review threshold with its explanation.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = "Match a name (any script) against the sanctions lists, or every row of a CSV "
        + "(header id,name and optional dob,country,type). Exit code 1 when anything matches.")
final class MatchCommand implements Callable<Integer> {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin ListSelection lists = new ListSelection();

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "The name to match.")
  String name;

  @Option(names = "--input", paramLabel = "FILE.csv", description = "Match every row of this CSV instead.")
  Path input;

  @Option(names = "--dob", paramLabel = "DATE", description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.")
  String dob;

  @Option(names = "--country", paramLabel = "CC", description = "Nationality or country, ISO alpha-2.")
  String country;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, organization or vessel.")
  String type;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text or json for one name, jsonl for --input (default: text, or jsonl with --input).")
  String format;

  @Override
  public Integer call() throws IOException {
    if ((name == null) == (input == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a NAME or --input FILE.csv, not both");
    }
    long start = System.nanoTime();
    NameMatcher matcher = new NameMatcher(ListIndex.of(lists.load()), MatchThresholds.DEFAULT);
    spec.commandLine().getErr().printf("kenmon: %d entries, %d names indexed in %d ms (%s)%n",
        matcher.index().entryCount(), matcher.index().nameCount(), (System.nanoTime() - start) / 1_000_000,
        String.join(", ", matcher.index().versions().stream().map(v -> v.label()).toList()));
    return input != null ? batch(matcher) : single(matcher);
  }

  private int single(NameMatcher matcher) {
    MatchQuery query = query(name, dob, country, type, "argument");
    List<Match> matches = matcher.match(query);
    PrintWriter out = spec.commandLine().getOut();
    String f = format == null ? "text" : format;
    switch (f) {
      case "json":
        ObjectNode o = JSON.objectNode();
        o.put("query", name);
        o.set("matches", matches(matches));
        out.println(o.toPrettyString());
        break;
      case "text":
        out.print(text(name, matches, matcher.thresholds()));
        break;
      default:
        throw new InputException("match writes text or json for one name, not " + f);
    }
    out.flush();
    return matches.isEmpty() ? ExitCodes.OK : ExitCodes.FOUND;
  }

  static String text(String name, List<Match> matches, MatchThresholds t) {
    StringBuilder s = new StringBuilder();
    if (matches.isEmpty()) {
      s.append(String.format(Locale.ROOT, "No list entry scores %.2f or more for \"%s\".%n", t.review(), name));
      return s.toString();
    }
    s.append(String.format(Locale.ROOT, "%d candidate%s for \"%s\" (match >= %.2f, review >= %.2f):%n%n",
        matches.size(), matches.size() == 1 ? "" : "s", name, t.match(), t.review()));
    for (Match m : matches) {
      s.append(String.format(Locale.ROOT, "  %-6s %.3f  %s %s  %s%n", m.outcome().code().toUpperCase(Locale.ROOT),
          m.score(), m.entry().listId(), m.entry().entryId(), m.entry().name()));
      s.append("         ").append(m.explanation()).append("\n\n");
    }
    return s.toString();
  }

  private int batch(NameMatcher matcher) throws IOException {
    String f = format == null ? "jsonl" : format;
    if (!f.equals("jsonl")) {
      throw new InputException("match --input writes jsonl, not " + f);
    }
    if (!Files.isRegularFile(input)) {
      throw new InputException("no such file: " + input);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long read = 0;
    long rejected = 0;
    long withMatches = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      List<String> columns = header == null ? List.of() : CsvTransactionParser.split(header.replace("\uFEFF", ""));
      for (String required : List.of("id", "name")) {
        if (!columns.contains(required)) {
          throw new InputException(input + ":1: header must hold id and name (optional dob, country, type), got: "
              + header);
        }
      }
      for (String c : columns) {
        if (!List.of("id", "name", "dob", "country", "type").contains(c)) {
          throw new InputException(input + ":1: unknown column \"" + c + "\"; allowed: id, name, dob, country, type");
        }
      }
      String line;
      long lineNumber = 1;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        String[] cells = CsvTransactionParser.split(line).toArray(new String[0]);
        String id = cell(cells, columns, "id");
        try {
          if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row: " + cells.length + " fields, the header has " + columns.size());
          }
          if (id == null) {
            throw new IllegalArgumentException("id: required");
          }
          MatchQuery q = query(cell(cells, columns, "name"), cell(cells, columns, "dob"),
              cell(cells, columns, "country"), cell(cells, columns, "type"), "field");
          List<Match> matches = matcher.match(q);
          ObjectNode o = JSON.objectNode();
          o.put("id", id);
          o.set("matches", matches(matches));
          out.println(MAPPER.writeValueAsString(o));
          withMatches += matches.isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException e) {
          rejected++;
          err.println(input + ":" + lineNumber + ": " + e.getMessage());
        }
      }
    }
    out.flush();
    err.printf("kenmon: read %d = matched %d + rejected %d; %d with candidates%n", read, read - rejected, rejected,
        withMatches);
    return rejected > 0 ? ExitCodes.INPUT : withMatches > 0 ? ExitCodes.FOUND : ExitCodes.OK;
  }

  private static String cell(String[] cells, List<String> columns, String column) {
    int i = columns.indexOf(column);
    if (i < 0 || i >= cells.length || cells[i].isBlank()) {
      return null;
    }
    return cells[i].trim();
  }

  /** Builds a query; a bad value throws IllegalArgumentException naming the field. */
  static MatchQuery query(String name, String dob, String country, String type, String where) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: required");
    }
    BirthDate birth = null;
    if (dob != null) {
      try {
        birth = BirthDate.parse(dob);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("dob: " + e.getMessage());
      }
    }
    String cc = null;
    if (country != null) {
      cc = country.trim().toUpperCase(Locale.ROOT);
      if (!java.util.Set.of(Locale.getISOCountries()).contains(cc)) {
        throw new IllegalArgumentException("country: \"" + country + "\" is not an ISO 3166 alpha-2 code");
      }
    }
    EntityType t = null;
    if (type != null) {
      try {
        t = EntityType.parse(type);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("type: " + e.getMessage());
      }
    }
    return new MatchQuery(name, birth, cc, t, List.of());
  }

  private static ArrayNode matches(List<Match> matches) {
    ArrayNode array = JSON.arrayNode();
    for (Match m : matches) {
      ObjectNode o = array.addObject();
      o.put("entry_id", m.entry().entryId());
      o.put("list", m.entry().listId());
      o.put("name", m.entry().name());
      o.put("matched_name", m.matchedName());
      o.put("score", Math.round(m.score() * 1000) / 1000.0);
      o.put("outcome", m.outcome().code());
      o.put("explanation", m.explanation());
    }
    return array;
  }
}

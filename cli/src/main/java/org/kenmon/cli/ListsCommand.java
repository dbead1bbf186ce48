package org.kenmon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.kenmon.lists.ListFormat;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadException;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.store.ImportResult;
import org.kenmon.lists.store.ListDiff;
import org.kenmon.lists.store.ListReport;
import org.kenmon.lists.store.ListStore;
import org.kenmon.lists.store.ListStoreException;
import org.kenmon.lists.store.StoredVersion;
import org.kenmon.problems.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kenmon lists import|show|diff}: dated versions of sanctions lists. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Import sanctions lists as dated versions, show them, and compare two versions.",
    subcommands = {ListsCommand.Import.class, ListsCommand.Show.class, ListsCommand.Diff.class})
final class ListsCommand implements Runnable {
  /** How many problems of each kind an import prints before it only counts them. */
  static final int SHOWN_PROBLEMS = 20;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The data directory: {@code --data}, else {@code $KENMON_DATA}, else {@code <kenmon.home>/data}
   * when the launcher set {@code kenmon.home}, else {@code ~/.kenmon}.
   */
  static Path dataDir(Path option, UnaryOperator<String> env, UnaryOperator<String> properties) {
    if (option != null) {
      return option;
    }
    String fromEnv = env.apply("KENMON_DATA");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    String home = properties.apply("kenmon.home");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "data");
    }
    return Path.of(properties.apply("user.home"), ".kenmon");
  }

  /** The {@code --data} option, as a picocli mixin. */
  static final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
        description = "Data directory (default: $KENMON_DATA, else the data/ folder of the Kenmon home, "
            + "else ~/.kenmon).")
    Path data;

    ListStore store() {
      return new ListStore(dataDir(data, System::getenv, System::getProperty));
    }
  }

  /** Turns a format code into a {@link ListFormat}; a bad code is a usage error. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ListFormat> {
    @Override
    public ListFormat convert(String value) {
      try {
        return ListFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Read a list file and store it as a dated version. Reports how many records were read, "
          + "loaded, rejected and skipped, and the problems of rejected records. Importing the same content "
          + "again stores nothing. When a store is in use (kenmon holds), the holds are then screened again "
          + "against the latest lists, and those now lawful released.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin DbOption db;

    @Parameters(paramLabel = "FILE", description = "The list file; for ofac-csv the folder with sdn.csv.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
        description = "un-xml, ofac-csv, ftm or csv.")
    ListFormat format;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "The date the list is as of (required for ofac-csv, ftm and csv; un-xml uses dateGenerated).")
    LocalDate asOf;

    @Option(names = "--list-id", paramLabel = "ID",
        description = "The list id (default: un-sc, ofac-sdn, the FtM dataset, or the file name).")
    String listId;

    @Override
    public Integer call() throws java.io.IOException {
      if (format.needsAsOf() && asOf == null) {
        throw new ParameterException(spec.commandLine(),
            "--as-of is required for --format " + format.code() + ": its files carry no list date");
      }
      if (!Files.exists(file)) {
        throw new InputException("no such file or folder: " + file);
      }
      ListInput input = ListInput.of(file).withAsOf(asOf);
      if (listId != null) {
        try {
          input = input.withListId(listId);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      ImportResult result;
      try {
        result = data.store().importVersion(format, input);
      } catch (ListReadException | ListStoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      report(result, spec.commandLine().getOut());
      if (result.version() != null) {
        HoldsCommand.afterListImport(db, data.data, result.version(), spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
      return result.outcome() == ImportResult.Outcome.NOTHING_LOADED ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private void report(ImportResult result, PrintWriter out) {
      ListReadResult read = result.read();
      StoredVersion v = result.version();
      switch (result.outcome()) {
        case STORED:
          out.println("stored " + v.label() + " (" + v.title() + ")");
          break;
        case ALREADY_STORED:
          out.println("already stored: " + v.label() + " holds the same content; nothing written");
          if (asOf != null && !asOf.equals(v.asOf())) {
            out.println("  (--as-of " + asOf + " ignored: the stored version is as of " + v.asOf() + ")");
          }
          break;
        default:
          out.println("nothing loaded from " + file + "; nothing stored");
          break;
      }
      out.printf("  read %d, loaded %d, rejected %d, skipped %d; %d warnings%n", read.read(), read.loaded(),
          read.rejected(), read.skipped(), read.warnings().size());
      if (v != null) {
        out.println("  " + v.path());
      }
      problems(out, "problems of rejected records", read.errors());
      problems(out, "warnings (values left out, records kept)", read.warnings());
      out.flush();
    }

    private static void problems(PrintWriter out, String heading, List<Problem> problems) {
      if (problems.isEmpty()) {
        return;
      }
      out.println(heading + ":");
      problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> out.println("  " + p));
      if (problems.size() > SHOWN_PROBLEMS) {
        out.println("  ... and " + (problems.size() - SHOWN_PROBLEMS) + " more");
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "The stored versions, or one version's summary: source, counts, entries by type and program. "
          + "REF is a list id (its latest version), LIST@DATE, or a hash prefix.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Parameters(paramLabel = "REF", arity = "0..1", description = "The version to summarise (default: list all).")
    String ref;

    @Override
    public Integer call() {
      ListStore store = data.store();
      PrintWriter out = spec.commandLine().getOut();
      try {
        if (ref == null) {
          List<StoredVersion> versions = store.versions();
          if (versions.isEmpty()) {
            out.println("no list versions in " + store.root() + "; import one with "
                + "'kenmon lists import FILE --format FORMAT'");
          } else {
            out.print(ListReport.versions(versions));
          }
        } else {
          StoredVersion v = store.resolve(ref);
          out.print(ListReport.summary(v, store.load(v.label())));
        }
      } catch (ListStoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** Output formats of {@code lists diff}. */
  enum DiffFormat { text, json }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "What changed from version A to version B of a list: entries added, removed, and changed "
          + "in type, names, dates of birth, nationalities, identifiers or programs.")
  static final class Diff implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Parameters(index = "0", paramLabel = "A", description = "The older version (a list id, LIST@DATE or hash prefix).")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "The newer version.")
    String to;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    DiffFormat format = DiffFormat.text;

    @Override
    public Integer call() {
      ListDiff diff;
      try {
        diff = data.store().diff(from, to);
      } catch (ListStoreException | IllegalArgumentException e) {
        throw new InputException(e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(format == DiffFormat.json ? ListReport.diffJson(diff) : ListReport.diffText(diff));
      out.flush();
      return ExitCodes.OK;
    }
  }
}

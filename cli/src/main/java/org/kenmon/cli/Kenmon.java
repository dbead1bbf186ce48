package org.kenmon.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kenmon} command. Subcommands do the work; this class only wires them and maps
 * failures to the documented exit codes ({@link ExitCodes}).
 */
@Command(
    name = "kenmon",
    mixinStandardHelpOptions = true,
    versionProvider = Kenmon.Version.class,
    description = "Kenmon (検問): sanctions regimes as dated, cited data; screening; what-if.",
    subcommands = {RegimeCommand.class, AgreementCommand.class, ListsCommand.class, MatchCommand.class, ScreenCommand.class, WhatIfCommand.class, DemoCommand.class,
        HoldsCommand.class, AuditCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the check or screening found what it looks for (errors in data, prohibited transactions)",
        "2:usage error (unknown option, bad date)",
        "3:input error (file missing or unreadable, regime data invalid)",
        "4:internal error"})
public final class Kenmon implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Kenmon());
    cli.registerConverter(java.time.LocalDate.class, Kenmon::parseDate);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InputException) {
        commandLine.getErr().println("kenmon: " + e.getMessage());
        return ExitCodes.INPUT;
      }
      commandLine.getErr().println("kenmon: internal error: " + e);
      e.printStackTrace(commandLine.getErr());
      return ExitCodes.INTERNAL;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("kenmon: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static java.time.LocalDate parseDate(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  /** Reads the version from the jar manifest, "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Kenmon.class.getPackage().getImplementationVersion();
      return new String[] {"kenmon " + (v == null ? "development" : v)};
    }
  }
}

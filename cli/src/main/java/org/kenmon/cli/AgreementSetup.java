package org.kenmon.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kenmon.agreement.Agreement;
import org.kenmon.agreement.AgreementCheck;
import org.kenmon.agreement.AgreementFile;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;
import picocli.CommandLine;

/**
 * An agreement file read, checked against the loaded regimes and turned into its scenario (the
 * regimes without and with it), one way for {@code agreement diff}, {@code whatif} and
 * {@code holds rescreen --agreement}.
 */
final class AgreementSetup {
  private AgreementSetup() {}

  /**
   * @param assumed the effective date to assume for an agreement whose condition is not met yet
   *     ({@code --on}); must be null for an agreement with an effective date
   * @throws CommandLine.ParameterException when {@code --on} is missing or not allowed
   * @throws InputException when the file is missing or invalid
   */
  static AgreementOverlay.Scenario scenario(CommandLine cl, List<Regime> loaded, Path file, LocalDate assumed,
      java.io.PrintWriter err) {
    AgreementFile read = AgreementCommand.read(file);
    Agreement a = read.agreement();
    if (a != null && a.effectiveDate().isPresent() && assumed != null) {
      throw new CommandLine.ParameterException(cl, "--on is for an agreement whose condition is not met yet; "
          + a.id() + " takes effect " + a.effectiveDate().get());
    }
    if (a != null && a.effectiveDate().isEmpty() && assumed == null) {
      throw new CommandLine.ParameterException(cl, a.id() + " has no effective date yet (condition not met: "
          + a.condition() + "); give --on DATE to assume one");
    }
    List<Problem> problems = AgreementCheck.check(read, loaded, assumed);
    problems.stream().filter(p -> !p.isError()).forEach(err::println);
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (a == null || !errors.isEmpty()) {
      throw new InputException("agreement " + file + " is invalid (" + errors.size() + " errors); run 'kenmon "
          + "agreement check " + file + "' for details. First error:\n  " + errors.get(0));
    }
    return AgreementOverlay.scenario(loaded, a, a.effectiveDate().orElse(assumed));
  }
}

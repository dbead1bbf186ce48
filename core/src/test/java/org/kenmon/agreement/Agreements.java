package org.kenmon.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kenmon.regime.Source;
import org.kenmon.testing.Fixtures;

/** Test agreements: fixtures, the shipped files, and ones built in code. */
final class Agreements {
  /** The shipped agreement files, seen from the core module. */
  static final Path SHIPPED = Path.of("..", "agreements");

  private Agreements() {}

  static AgreementFile readText(String name, String yaml) {
    return AgreementReader.read(name, new StringReader(yaml));
  }

  /** A fixture of src/test/resources/agreements/, which must read without problems. */
  static Agreement fixture(String name) {
    AgreementFile f = readText(name, Fixtures.resource("agreements/" + name));
    assertThat(f.problems()).as(name).isEmpty();
    return f.agreement();
  }

  static AgreementFile shippedFile(String name) {
    try {
      return AgreementReader.read(SHIPPED.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Agreement shipped(String name) {
    AgreementFile f = shippedFile(name);
    assertThat(f.problems()).as(name).isEmpty();
    return f.agreement();
  }

  /** A hypothetical agreement "t" between JP and KP, effective on the date, citing source P. */
  static Agreement hypothetical(String effective, Change... changes) {
    LocalDate date = LocalDate.parse(effective);
    return new Agreement("t", "Hypothetical test", Agreement.Status.HYPOTHETICAL, List.of("JP", "KP"), date, date, null,
        null, false, Map.of("P", new Source("P", "Proposal", null)), List.of(), List.of(changes), null, List.of(),
        "t.yaml", "0".repeat(64));
  }

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }
}

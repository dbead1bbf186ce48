package org.kenmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden outputs: the expected text of a command, kept in {@code src/test/resources/golden/}.
 * When data or rendering change on purpose, regenerate them with {@code -Dkenmon.golden.update=true}
 * and review the diff like any other change.
 */
final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("kenmon.golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create it with -Dkenmon.golden.update=true)", file).exists();
    assertThat(actual).as("output differs from %s; if intended, regenerate with -Dkenmon.golden.update=true", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}

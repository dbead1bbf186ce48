package org.kenmon.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Kenmon checkout or installation the launcher runs from ({@code -Dkenmon.home}), where the
 * editable {@code regimes/} live. Without it, commands use the data bundled in the jar.
 */
final class KenmonHome {
  private KenmonHome() {}

  static Path dir() {
    String home = System.getProperty("kenmon.home");
    return home == null ? null : Path.of(home);
  }

  static Path regimesDir() {
    Path home = dir();
    if (home == null) {
      return null;
    }
    Path regimes = home.resolve("regimes");
    return Files.isDirectory(regimes) ? regimes : null;
  }
}

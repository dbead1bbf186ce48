package org.kenmon.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeFile;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.regime.yaml.RegimeReader;
import org.kenmon.rulebook.RegimeHistory;

/** Test data: the mini regime fixture and the shipped regimes. */
public final class Fixtures {
  private Fixtures() {}

  public static String resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static RegimeFile readText(String name, String yaml) {
    return RegimeReader.read(name, new StringReader(yaml));
  }

  public static Regime mini() {
    RegimeFile f = readText("mini-kp.yaml", resource("fixtures/mini-kp.yaml"));
    if (f.hasErrors()) {
      throw new IllegalStateException("fixture has errors: " + f.problems());
    }
    return f.regime();
  }

  public static RegimeHistory miniHistory() {
    return RegimeHistory.of(List.of(mini()));
  }

  private static RegimeHistory shipped;

  /** The shipped regimes, loaded once per test JVM (they are immutable). */
  public static synchronized RegimeHistory shipped() {
    if (shipped == null) {
      shipped = RegimeHistory.of(RegimeLoader.loadShipped().regimesOrThrow());
    }
    return shipped;
  }
}

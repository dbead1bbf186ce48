package org.kenmon.bench.speed;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an optimization changed nothing a user sees: runs {@code kenmon screen} from two
 * builds (a reference, such as a copy of {@code cli/target} made before the change, and the
 * candidate) on the same ledger, and compares verdicts and rejects byte for byte. Prints the first
 * line that differs and exits 1 when anything does.
 *
 * <pre>
 * cp -r cli/target /tmp/kenmon-reference     # before the change
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.speed.SameVerdicts \
 *     /tmp/kenmon-reference cli/target LEDGER.jsonl [kenmon screen options, e.g. --data DIR]
 * </pre>
 */
public final class SameVerdicts {
  private SameVerdicts() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 3) {
      System.err.println("usage: SameVerdicts REFERENCE_CLI_DIR CANDIDATE_CLI_DIR LEDGER [screen options]");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("same-verdicts");
    List<String> options = List.of(args).subList(3, args.length);
    Path[] reference = run(Path.of(args[0]), args[2], options, work.resolve("reference"));
    Path[] candidate = run(Path.of(args[1]), args[2], options, work.resolve("candidate"));
    boolean same = compare("verdicts", reference[0], candidate[0]) & compare("rejects", reference[1], candidate[1]);
    System.out.println(same ? "same verdicts and rejects (" + lines(reference[0]) + " verdicts)" : "DIFFERENT; files in " + work);
    System.exit(same ? 0 : 1);
  }

  private static Path[] run(Path cliDir, String ledger, List<String> options, Path dir)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path out = dir.resolve("verdicts.jsonl");
    Path rejects = dir.resolve("rejects.jsonl");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", cliDir.resolve("kenmon-cli.jar").toString(), "screen", ledger, "--out", out.toString(), "--rejects",
        rejects.toString(), "--no-progress"));
    command.addAll(options);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
    int code = p.waitFor();
    if (code != 0 && code != 1 && code != 3) {
      throw new IllegalStateException(cliDir + " exited " + code + "; see " + dir.resolve("log"));
    }
    return new Path[] {out, rejects};
  }

  private static boolean compare(String what, Path a, Path b) throws IOException {
    try (BufferedReader x = Files.newBufferedReader(a, StandardCharsets.UTF_8);
        BufferedReader y = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
      long n = 0;
      while (true) {
        String l = x.readLine();
        String r = y.readLine();
        n++;
        if (l == null && r == null) {
          return true;
        }
        if (l == null || !l.equals(r)) {
          System.out.println(what + " differ at line " + n + ":\n  reference: " + l + "\n  candidate: " + r);
          return false;
        }
      }
    }
  }

  private static long lines(Path p) throws IOException {
    try (var s = Files.lines(p)) {
      return s.count();
    }
  }
}

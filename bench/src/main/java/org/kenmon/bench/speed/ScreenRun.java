package org.kenmon.bench.speed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@code kenmon screen} in a child JVM, as a user runs it ({@code java -jar
 * kenmon-cli.jar screen …}), under {@code /usr/bin/time} for wall time, CPU and peak RSS, with a
 * GC log for the heap. Also how busy the rest of the machine was meanwhile: the CPU all processes
 * used (from {@code /proc/stat}) minus the child's, in cores.
 *
 * @param otherCores CPU used by other processes during the run, in cores (0 on an idle machine)
 */
record ScreenRun(String label, double wallSeconds, double userSeconds, double sysSeconds, long maxRssKb, GcLog gc,
    long read, long screened, long rejected, int exitCode, double otherCores, double load1) {

  private static final Pattern COUNTS = Pattern.compile("read (\\d+) = (?:screened|parsed) (\\d+) \\+ rejected (\\d+)");

  double cpuSeconds() {
    return userSeconds + sysSeconds;
  }

  double recordsPerSecond() {
    return read / wallSeconds;
  }

  /**
   * @param javaOptions JVM options before {@code -jar}
   * @param args the arguments after {@code kenmon-cli.jar}
   * @throws IllegalStateException when the child fails (other than exit codes 0, 1 and 3, which
   *     screening uses for its findings)
   */
  static ScreenRun run(String label, Path cliJar, List<String> javaOptions, List<String> args, Path work)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path time = work.resolve(label + ".time");
    Path gcLog = work.resolve(label + ".gc.log");
    Path err = work.resolve(label + ".err");
    List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", time.toString(),
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(javaOptions);
    command.add("-Xlog:gc:file=" + gcLog);
    command.addAll(List.of("-jar", cliJar.toString()));
    command.addAll(args);
    double load1 = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    long[] before = cpuJiffies();
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    int code = p.waitFor();
    long[] after = cpuJiffies();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (code != 0 && code != 1 && code != 3) {
      throw new IllegalStateException(label + " exited " + code + ": " + stderr);
    }
    // time writes "Command exited with non-zero status 1" first when the exit code is not 0.
    List<String> timeLines = Files.readAllLines(time);
    String[] last = timeLines.get(timeLines.size() - 1).trim().split("\\s+");
    double wall = Double.parseDouble(last[0]);
    double user = Double.parseDouble(last[1]);
    double sys = Double.parseDouble(last[2]);
    Matcher m = COUNTS.matcher(stderr);
    if (!m.find()) {
      throw new IllegalStateException(label + ": no summary in " + err);
    }
    double busy = (after[0] - before[0]) / 100.0; // USER_HZ is 100 on Linux
    double other = Math.max(0, (busy - user - sys) / Math.max(wall, 1e-3));
    return new ScreenRun(label, wall, user, sys, Long.parseLong(last[3]), GcLog.read(gcLog), Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), code, other, load1);
  }

  /** Busy and total jiffies of all CPUs. */
  private static long[] cpuJiffies() throws IOException {
    String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    long busy = 0;
    long total = 0;
    for (int i = 1; i < f.length && i <= 8; i++) {
      long v = Long.parseLong(f[i]);
      total += v;
      if (i != 4 && i != 5) { // idle, iowait
        busy += v;
      }
    }
    return new long[] {busy, total};
  }
}

package org.kenmon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a benchmark ran on, for the report header: date, JDK, processors, commit. The commit is
 * {@code git describe --always --dirty} in the working directory, or the system property {@code
 * kenmon.commit} when given (for runs outside a checkout).
 */
public record RunInfo(String date, String jdk, int processors, String os, String commit) {

  public static RunInfo current() {
    return new RunInfo(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        System.getProperty("kenmon.commit", git()));
  }

  private static String git() {
    try {
      Process p = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 && !out.isEmpty() ? out : "unknown (not a git checkout)";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** A markdown line for a report. */
  public String markdown() {
    return String.format(Locale.ROOT, "Run %s; %s; %d processors (nproc); %s; commit %s.", date, jdk, processors, os,
        commit);
  }
}

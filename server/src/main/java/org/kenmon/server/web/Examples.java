package org.kenmon.server.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo ledger of 2014 ({@code examples/2014/ledger.jsonl}, bundled in the jar), offered on the
 * screening page so that a first screening takes one click.
 */
final class Examples {
  static final String RESOURCE = "/org/kenmon/server/web/examples/ledger.jsonl";
  private static final Pattern ID = Pattern.compile("\"id\":\\s*\"([^\"]+)\"");
  private static final Pattern TYPE = Pattern.compile("\"type\":\\s*\"([^\"]+)\"");
  private static final Pattern DESCRIPTION = Pattern.compile("\"(?:description|name)\":\\s*\"([^\"]+)\"");

  /** id to the record's line. */
  private final Map<String, String> records = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  Examples() {
    try (InputStream in = Examples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        Matcher id = ID.matcher(line);
        if (line.isBlank() || !id.find()) {
          continue;
        }
        records.put(id.group(1), line);
        Matcher type = TYPE.matcher(line);
        Matcher what = DESCRIPTION.matcher(line);
        String goods = line.contains("\"goods\"") && line.indexOf("\"description\"") > 0
            ? line.substring(line.indexOf("\"description\"")) : line;
        Matcher g = DESCRIPTION.matcher(goods);
        labels.put(id.group(1), id.group(1) + " · " + (type.find() ? type.group(1).replace('_', ' ') : "")
            + (g.find() ? " · " + g.group(1) : what.find() ? " · " + what.group(1) : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole demo ledger, for the what-if form. */
  static String ledgerText() {
    try (InputStream in = Examples.class.getResourceAsStream(RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, String> labels() {
    return labels;
  }

  String record(String id) {
    return records.get(id);
  }

  String first() {
    return records.isEmpty() ? "" : records.values().iterator().next();
  }
}

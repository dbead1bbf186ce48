package org.kenmon.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.kenmon.server.data.Snapshot;

/**
 * Query and path parameters, checked: each route names the query parameters it takes, and an
 * unknown one is refused (a misspelt {@code as_of} silently ignored would judge on the wrong date).
 */
public final class Params {
  private Params() {}

  /** 400 naming the first query parameter not in {@code allowed}. */
  public static void only(Context ctx, Set<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badField(name, "unknown query parameter \"" + name + "\"" + (allowed.isEmpty()
            ? "; this takes none" : "; allowed: " + String.join(", ", new TreeSet<>(allowed))));
      }
    }
  }

  /** A date parameter (YYYY-MM-DD); null when absent and not required. */
  public static LocalDate date(Context ctx, String name, boolean required) {
    return date(name, ctx.queryParam(name), required);
  }

  public static LocalDate date(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw ApiException.badField(field, field + " is required (a date, YYYY-MM-DD)");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badField(field, "\"" + text + "\" is not a date (expected YYYY-MM-DD)");
    }
  }

  /** {@code issuer=JP,UN}: upper case, each loaded; empty for all. */
  public static Set<String> issuers(Context ctx, Snapshot snapshot) {
    return issuers("issuer", ctx.queryParams("issuer"), snapshot);
  }

  public static Set<String> issuers(String field, Iterable<String> values, Snapshot snapshot) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim().toUpperCase(Locale.ROOT));
        }
      }
    }
    snapshot.unknownIssuer(out).ifPresent(i -> {
      throw ApiException.badField(field, "unknown issuer \"" + i + "\"; the loaded regimes have: "
          + String.join(", ", snapshot.history().issuers()));
    });
    return out;
  }

  /** {@code true}/{@code false}; absent is {@code false}. */
  public static boolean bool(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return false;
    }
    if (v.equalsIgnoreCase("true") || v.equals("1")) {
      return true;
    }
    if (v.equalsIgnoreCase("false") || v.equals("0")) {
      return false;
    }
    throw ApiException.badField(name, "\"" + v + "\" is not true or false");
  }

  /** A positive id in the path. */
  public static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      long id = Long.parseLong(v);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badField(name, "\"" + v + "\" is not an id (a positive whole number)");
  }

  /** One of some codes, lower case; null when absent. */
  public static String oneOf(Context ctx, String name, Set<String> codes) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    String lower = v.trim().toLowerCase(Locale.ROOT);
    if (!codes.contains(lower)) {
      throw ApiException.badField(name, "\"" + v + "\" is not one of " + String.join(", ", new TreeSet<>(codes)));
    }
    return lower;
  }
}

package org.kenmon.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Problem details (RFC 9457) as Kenmon writes them: {@code {"type", "title", "status", "detail",
 * "instance", "field"?, "line"?, "errors"?: [{"field", "line"?, "message"}]}} with media type
 * {@code application/problem+json}. The type is a URN {@code urn:kenmon:problem:<slug>}; the
 * slugs are listed in docs/service.md and the OpenAPI document.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:kenmon:problem:";

  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad request"), Map.entry(401, "Not signed in"), Map.entry(403, "Not allowed"),
      Map.entry(404, "Not found"), Map.entry(405, "Method not allowed"), Map.entry(406, "Not acceptable"),
      Map.entry(409, "Conflict"), Map.entry(413, "Request too large"), Map.entry(415, "Unsupported media type"),
      Map.entry(422, "Unprocessable request"), Map.entry(429, "Too many requests"),
      Map.entry(500, "Internal error"), Map.entry(503, "Unavailable"));

  private Problems() {}

  public static String title(int status) {
    return TITLES.getOrDefault(status, status >= 500 ? "Server error" : "Request refused");
  }

  /** The problem document of an exception, for the request path {@code instance}. */
  public static String json(ApiException e, String instance) {
    return json(e.status(), e.type(), e.getMessage(), instance, e.field(), e.line(), e.errors());
  }

  public static String json(int status, String type, String detail, String instance, String field, long line,
      List<ApiException.FieldError> errors) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
      write(g, status, type, detail, instance, field, line, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes the problem object with {@code g} (also used for problem lines inside NDJSON output). */
  static void write(JsonGenerator g, int status, String type, String detail, String instance, String field, long line,
      List<ApiException.FieldError> errors) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", TYPE_PREFIX + type);
    g.writeStringField("title", title(status));
    g.writeNumberField("status", status);
    g.writeStringField("detail", detail);
    if (instance != null) {
      g.writeStringField("instance", instance);
    }
    if (field != null) {
      g.writeStringField("field", field);
    }
    if (line > 0) {
      g.writeNumberField("line", line);
    }
    if (!errors.isEmpty()) {
      g.writeArrayFieldStart("errors");
      for (ApiException.FieldError e : errors) {
        g.writeStartObject();
        g.writeStringField("field", e.field());
        if (e.line() > 0) {
          g.writeNumberField("line", e.line());
        }
        g.writeStringField("message", e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}

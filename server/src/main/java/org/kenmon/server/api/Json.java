package org.kenmon.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON in and out for the handlers: one factory with read limits (nesting, string length), request
 * objects read as trees and checked against a closed set of fields, responses written compactly.
 */
public final class Json {
  /** Deepest nesting a request body may have. */
  public static final int MAX_DEPTH = 32;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
          .maxStringLength(1 << 20).maxNumberLength(100).build())
      // A field given twice is refused: which of two destinations counts must not be a guess.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** Sends {@code node} as {@code application/json}. */
  public static void send(Context ctx, JsonNode node) {
    ctx.contentType("application/json");
    try {
      ctx.result(MAPPER.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Sends JSON text already written. */
  public static void send(Context ctx, String json) {
    ctx.contentType("application/json");
    ctx.result(json);
  }

  /**
   * Reads the body as one JSON object whose fields are all in {@code allowed}.
   *
   * @throws ApiException 400 when it is not JSON, not an object, or has an unknown field
   */
  public static ObjectNode object(Context ctx, Set<String> allowed) {
    Bodies.requireJson(ctx);
    JsonNode node;
    try {
      node = MAPPER.readTree(Bodies.text(ctx));
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw ApiException.badField(name, "unknown field \"" + name + "\"; allowed: "
            + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return (ObjectNode) node;
  }

  /** A text field of a request object: null when absent or JSON null; 400 when not text. */
  public static String text(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.badField(field, "expected text, found " + v.getNodeType().name().toLowerCase(
          java.util.Locale.ROOT));
    }
    return v.asText();
  }
}

package org.kenmon.store.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.TreeMap;
import org.kenmon.stamp.Hashing;

/**
 * One JSON text per value, so that its hash is a fingerprint: map keys sorted, no whitespace,
 * numbers and strings as Jackson writes them. Used for audit payloads, the audit records' canonical
 * form and row digests. Values are maps, lists, strings, numbers, booleans and null.
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private CanonicalJson() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write canonical JSON of " + value.getClass().getName(), e);
    }
  }

  /** Reads JSON written by {@link #write} (or any JSON) into maps, lists and scalars. */
  public static Object read(String json) {
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Hex SHA-256 of {@link #write}. */
  public static String sha256(Object value) {
    return Hashing.sha256(write(value));
  }

  /** A sorted map to build a payload with: {@code CanonicalJson.map().put(...)} reads in key order. */
  public static Map<String, Object> map() {
    return new TreeMap<>();
  }
}

package org.kenmon.server.api;

import java.util.List;

/**
 * A request the service refuses, answered as {@code application/problem+json} (RFC 9457) by {@link
 * Problems}: the status, a short stable type, what is wrong, and where (the field, and for NDJSON
 * the line). Thrown by handlers for bad input; never carries a stack trace to the client.
 *
 * @param field the request field at fault (a JSON path such as {@code goods[0].hs}, a query
 *     parameter, or a header), or null
 * @param line the NDJSON line at fault, or 0
 * @param errors every problem when there are several (each with its own field and line)
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One problem of several. */
  public record FieldError(String field, long line, String message) {}

  private final int status;
  private final String type;
  private final String field;
  private final long line;
  private final transient List<FieldError> errors;

  public ApiException(int status, String type, String detail, String field, long line, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.field = field;
    this.line = line;
    this.errors = List.copyOf(errors);
  }

  /** 400: a field has a bad value. */
  public static ApiException badField(String field, String detail) {
    return new ApiException(400, "invalid-field", detail, field, 0, List.of());
  }

  /** 400: the request as a whole is malformed (not JSON, empty). */
  public static ApiException badRequest(String detail) {
    return new ApiException(400, "bad-request", detail, null, 0, List.of());
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "not-found", detail, null, 0, List.of());
  }

  /** 409: the request is well formed but the state forbids it (a hold already released). */
  public static ApiException conflict(String detail) {
    return new ApiException(409, "conflict", detail, null, 0, List.of());
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String field() {
    return field;
  }

  public long line() {
    return line;
  }

  public List<FieldError> errors() {
    return errors;
  }
}

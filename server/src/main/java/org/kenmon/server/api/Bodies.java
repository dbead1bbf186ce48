package org.kenmon.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Request bodies, read within limits: a body over {@link #maxBytes} is refused with 413 before
 * more of it is read, a body that is not UTF-8 with 400, and a body of the wrong media type with
 * 415. The limit is the service's {@code --max-body} (docs/service.md); streams have their own.
 */
public final class Bodies {
  /** The attribute under which the request's body limit is set, in bytes. */
  static final String LIMIT = "kenmon.maxBody";

  private Bodies() {}

  /** Sets the body limit of this request (the server does, before every route). */
  public static void limit(Context ctx, long bytes) {
    ctx.attribute(LIMIT, bytes);
  }

  /** The limit set for this request by the server (see {@code KenmonServer}). */
  static long maxBytes(Context ctx) {
    Long limit = ctx.attribute(LIMIT);
    return limit == null ? 1 << 20 : limit;
  }

  /** 415 unless the request says its body is JSON ({@code application/json} or {@code +json}). */
  public static void requireJson(Context ctx) {
    requireType(ctx, List.of("application/json"), "application/json");
  }

  /**
   * 415 unless the request's media type (parameters ignored) is one of {@code accepted}; {@code
   * expected} names what to send.
   */
  public static void requireType(Context ctx, List<String> accepted, String expected) {
    String type = mediaType(ctx);
    if (type == null || !(accepted.contains(type) || accepted.contains("application/json") && type.endsWith("+json"))) {
      throw new ApiException(415, "unsupported-media-type", "send the body as " + expected + (type == null
          ? " (the request has no Content-Type)" : ", not " + type), "Content-Type", 0, List.of());
    }
  }

  /** The request's media type in lower case without parameters, or null. */
  public static String mediaType(Context ctx) {
    String header = ctx.header("Content-Type");
    if (header == null || header.isBlank()) {
      return null;
    }
    int semi = header.indexOf(';');
    return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** The body as UTF-8 text, within the limit. */
  public static String text(Context ctx) {
    byte[] bytes = bytes(ctx);
    if (bytes.length == 0) {
      throw ApiException.badRequest("the body is empty");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the body is not UTF-8 text");
    }
  }

  /** The body's bytes, within the limit. */
  public static byte[] bytes(Context ctx) {
    long limit = maxBytes(ctx);
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit, declared);
    }
    try {
      // Not closed here: a refusal must still be able to drain what is left (discardUnread).
      byte[] read = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (read.length > limit) {
        throw tooLarge(limit, -1);
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** At most this much of a refused body is read and dropped; past it the connection is closed. */
  static final long DISCARD_AT_MOST = 16L << 20;

  /**
   * Reads and drops what is left of the request body, up to {@link #DISCARD_AT_MOST} bytes, before
   * a refusal is sent. A client still sending a body the service will not read would otherwise see
   * the connection reset, and often never read the 413 or 415 that explains why.
   */
  public static void discardUnread(Context ctx) {
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[8192];
      long left = DISCARD_AT_MOST;
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // Nothing more to read, or the client went away: the refusal is sent (or not) all the same.
    }
  }

  static ApiException tooLarge(long limit, long declared) {
    return new ApiException(413, "too-large", "the body is " + (declared > 0 ? declared + " bytes" : "larger")
        + ", over the limit of " + limit + " bytes (kenmon serve --max-body)", null, 0, List.of());
  }
}

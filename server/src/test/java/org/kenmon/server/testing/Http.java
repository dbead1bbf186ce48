package org.kenmon.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Real HTTP to a test server (java.net.http), with the answers parsed where they are JSON. */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public String base() {
    return base;
  }

  /** An answer: status, content type, body, and the body as JSON when it is. */
  public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body, e);
      }
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    public List<String> headers(String name) {
      return raw.headers().allValues(name);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }

  public Answer get(String path, String key) {
    return send(request(path, key).GET().build());
  }

  public Answer post(String path, String key, String contentType, String body) {
    HttpRequest.Builder b = request(path, key).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  public Answer postBytes(String path, String key, String contentType, byte[] body) {
    HttpRequest.Builder b = request(path, key).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  public Answer put(String path, String key, String contentType, String body) {
    return send(request(path, key).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
        .build());
  }

  public Answer postJson(String path, String key, String json) {
    return post(path, key, "application/json", json);
  }

  public Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return b;
  }

  public HttpClient client() {
    return client;
  }
}

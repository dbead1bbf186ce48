package org.kenmon.bench.service;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 requests as bytes, built once before a run so that the client does no work per request. */
final class Requests {
  private Requests() {}

  static byte[] of(String method, String path, InetSocketAddress host, String key, String contentType, byte[] body) {
    StringBuilder h = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host.getHostString()).append(':').append(host.getPort()).append("\r\n");
    if (key != null) {
      h.append("Authorization: Bearer ").append(key).append("\r\n");
    }
    if (body != null) {
      h.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
          .append("\r\n");
    }
    h.append("Accept: application/json\r\n\r\n");
    byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
    if (body == null) {
      return head;
    }
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }
}

package org.kenmon.bench.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A closed-loop load: {@code clients} keep-alive connections, each sending the next request (the
 * requests in turn) as soon as the previous answer is read, for a fixed time. All connections are
 * driven by one thread through a selector, as wrk does: on a 2-core machine that shares its cores
 * with the service, 64 client threads would take CPU from the service and add their own
 * scheduling delays to every latency. Every request's latency (first byte written to last byte
 * read) is kept, so percentiles are exact.
 */
final class LoadRun {
  private LoadRun() {}

  /** What a run measured. Latencies in microseconds. */
  record Result(String name, int clients, double seconds, long requests, long ok, long client4xx, long server5xx,
      long ioErrors, long p50, long p90, long p99, long p999, long max, String firstError) {

    double perSecond() {
      return requests / seconds;
    }
  }

  /** Where a connection is in reading a response. */
  private enum State { HEAD, BODY, CHUNK_END, CHUNK_SIZE, TRAILER }

  /** One connection's state: the request being written, then the response being read. */
  private static final class Conn {
    SocketChannel channel;
    ByteBuffer out;
    final ByteBuffer in = ByteBuffer.allocate(1 << 16);
    long sentAt;
    State state = State.HEAD;
    long bodyLeft;
    boolean chunked;
    int status;
    boolean close;
    int next;
  }

  private static final class Tally {
    long[] latencies = new long[1 << 16];
    int n;
    final long[] kinds = new long[4]; // 2xx-3xx, 4xx, 5xx, connection errors
    String firstError;

    void add(long micros, int kind, String error) {
      if (n == latencies.length) {
        latencies = Arrays.copyOf(latencies, n * 2);
      }
      latencies[n++] = micros;
      kinds[kind]++;
      if (error != null && firstError == null) {
        firstError = error;
      }
    }
  }

  static Result run(String name, InetSocketAddress address, List<byte[]> requests, int clients, Duration duration)
      throws IOException {
    Tally tally = new Tally();
    try (Selector selector = Selector.open()) {
      Conn[] conns = new Conn[clients];
      for (int i = 0; i < clients; i++) {
        conns[i] = new Conn();
        conns[i].next = i % requests.size();
        connect(conns[i], selector, address);
      }
      long start = System.nanoTime();
      long end = start + duration.toNanos();
      for (Conn c : conns) {
        send(c, requests, selector);
      }
      int open = clients;
      while (open > 0) {
        long now = System.nanoTime();
        if (now >= end + Duration.ofSeconds(10).toNanos()) {
          throw new IOException(open + " requests still unanswered 10 s after the end of the run");
        }
        selector.select(100);
        var it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey key = it.next();
          it.remove();
          Conn c = (Conn) key.attachment();
          try {
            if (key.isValid() && key.isWritable()) {
              c.channel.write(c.out);
              if (!c.out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
              }
            } else if (key.isValid() && key.isReadable()) {
              if (c.channel.read(c.in) < 0) {
                throw new IOException("connection closed by the server");
              }
              if (!response(c)) {
                continue;
              }
              long done = System.nanoTime();
              boolean counted = done <= end;
              if (counted) {
                int kind = c.status >= 500 ? 2 : c.status >= 400 ? 1 : 0;
                tally.add((done - c.sentAt) / 1_000, kind, kind == 0 ? null : "HTTP " + c.status);
              }
              if (c.close) {
                key.cancel();
                c.channel.close();
                connect(c, selector, address);
              }
              if (done < end) {
                send(c, requests, selector);
              } else {
                c.channel.close();
                open--;
              }
            }
          } catch (IOException e) {
            key.cancel();
            c.channel.close();
            if (System.nanoTime() < end) {
              tally.add((System.nanoTime() - c.sentAt) / 1_000, 3, e.toString());
              connect(c, selector, address);
              send(c, requests, selector);
            } else {
              open--;
            }
          }
        }
      }
      double seconds = duration.toNanos() / 1e9;
      long[] all = Arrays.copyOf(tally.latencies, tally.n);
      Arrays.sort(all);
      return new Result(name, clients, seconds, tally.n, tally.kinds[0], tally.kinds[1], tally.kinds[2],
          tally.kinds[3], pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), pct(all, 0.999),
          all.length == 0 ? 0 : all[all.length - 1], tally.firstError);
    }
  }

  private static void connect(Conn c, Selector selector, InetSocketAddress address) throws IOException {
    c.channel = SocketChannel.open(address);
    c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    c.channel.configureBlocking(false);
    c.channel.register(selector, 0, c);
    c.in.clear();
    c.state = State.HEAD;
  }

  private static void send(Conn c, List<byte[]> requests, Selector selector) throws IOException {
    c.out = ByteBuffer.wrap(requests.get(c.next));
    c.next = (c.next + 1) % requests.size();
    c.in.clear();
    c.state = State.HEAD;
    c.close = false;
    c.sentAt = System.nanoTime();
    c.channel.write(c.out);
    c.channel.keyFor(selector).interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
  }

  /** Consumes what was read; true when the whole response is in. */
  private static boolean response(Conn c) throws IOException {
    ByteBuffer in = c.in;
    in.flip();
    try {
      while (true) {
        switch (c.state) {
          case HEAD -> {
            int end = find(in, CRLFCRLF);
            if (end < 0) {
              return tooLong(in, "response headers");
            }
            String head = new String(in.array(), in.position(), end - in.position(), StandardCharsets.ISO_8859_1);
            in.position(end + 4);
            parseHead(c, head);
          }
          case BODY -> {
            long take = Math.min(c.bodyLeft, in.remaining());
            in.position(in.position() + (int) take);
            c.bodyLeft -= take;
            if (c.bodyLeft > 0) {
              return false;
            }
            if (!c.chunked) {
              return true;
            }
            c.state = State.CHUNK_END;
          }
          case CHUNK_END -> {
            if (in.remaining() < 2) {
              return false;
            }
            in.position(in.position() + 2);
            c.state = State.CHUNK_SIZE;
          }
          case CHUNK_SIZE -> {
            int end = find(in, CRLF);
            if (end < 0) {
              return tooLong(in, "a chunk size line");
            }
            String line = new String(in.array(), in.position(), end - in.position(), StandardCharsets.ISO_8859_1);
            in.position(end + 2);
            int semi = line.indexOf(';');
            long size = Long.parseLong((semi < 0 ? line : line.substring(0, semi)).trim(), 16);
            if (size == 0) {
              c.state = State.TRAILER;
            } else {
              c.bodyLeft = size;
              c.state = State.BODY;
            }
          }
          case TRAILER -> {
            int end = find(in, CRLF);
            if (end < 0) {
              return tooLong(in, "a trailer line");
            }
            boolean last = end == in.position();
            in.position(end + 2);
            if (last) {
              return true;
            }
          }
          default -> throw new IllegalStateException(c.state.name());
        }
      }
    } finally {
      in.compact();
    }
  }

  private static boolean tooLong(ByteBuffer in, String what) throws IOException {
    if (in.limit() == in.capacity() && in.position() == 0) {
      throw new IOException(what + " over " + in.capacity() + " bytes");
    }
    return false;
  }

  private static void parseHead(Conn c, String head) throws IOException {
    String[] lines = head.split("\r\n");
    if (!lines[0].startsWith("HTTP/1.1 ") || lines[0].length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + lines[0]);
    }
    c.status = Integer.parseInt(lines[0].substring(9, 12));
    long length = -1;
    c.chunked = false;
    for (int i = 1; i < lines.length; i++) {
      String h = lines[i].toLowerCase(Locale.ROOT);
      if (h.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).trim());
      } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
        c.chunked = true;
      } else if (h.startsWith("connection:") && h.contains("close")) {
        c.close = true;
      }
    }
    if (c.chunked) {
      c.state = State.CHUNK_SIZE;
    } else if (length >= 0) {
      c.bodyLeft = length;
      c.state = State.BODY;
    } else {
      throw new IOException("a response with neither Content-Length nor chunked encoding (status " + c.status + ")");
    }
  }

  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};
  private static final byte[] CRLF = {'\r', '\n'};

  /** Where {@code what} starts in the unread bytes, or -1. */
  private static int find(ByteBuffer in, byte[] what) {
    byte[] a = in.array();
    outer:
    for (int i = in.position(); i + what.length <= in.limit(); i++) {
      for (int j = 0; j < what.length; j++) {
        if (a[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static long pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}

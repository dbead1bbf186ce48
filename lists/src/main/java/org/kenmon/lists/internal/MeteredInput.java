package org.kenmon.lists.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.kenmon.lists.ListLimitException;
import org.kenmon.lists.ListReadException;
import org.kenmon.stamp.Hashing;

/**
 * An input stream that hashes what passes through it (SHA-256) and fails once more than {@code
 * maxFileBytes} have passed. Counting the bytes actually read, not the file size, also bounds
 * decompressed resources.
 */
public final class MeteredInput extends FilterInputStream {
  private final String file;
  private final long maxBytes;
  private final MessageDigest digest = Hashing.digest();
  private long count;

  public MeteredInput(InputStream in, String file, long maxBytes) {
    super(in);
    this.file = file;
    this.maxBytes = maxBytes;
  }

  /**
   * Opens a file, checking its size first so that an oversized file fails before any reading.
   *
   * @throws ListReadException when the file is missing or unreadable
   * @throws ListLimitException when it is larger than {@code maxBytes}
   */
  public static MeteredInput open(Path path, long maxBytes) {
    String name = String.valueOf(path.getFileName());
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new ListLimitException(name, 0, "maxFileBytes", "file size " + size + " bytes", maxBytes);
      }
      return new MeteredInput(Files.newInputStream(path), name, maxBytes);
    } catch (NoSuchFileException e) {
      throw new ListReadException(name, 0, "no such file: " + path, e);
    } catch (IOException e) {
      throw new ListReadException(name, 0, "cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      digest.update((byte) b);
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      digest.update(b, off, n);
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must still be hashed, so read them instead.
    byte[] buffer = new byte[8192];
    long done = 0;
    while (done < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  private void add(int n) {
    count += n;
    if (count > maxBytes) {
      throw new ListLimitException(file, 0, "maxFileBytes", "input of more than " + (count - 1) + " bytes", maxBytes);
    }
  }

  /**
   * Reads whatever the parser left unread (trailing whitespace, a DOS end-of-file mark) so that
   * the hash covers the whole input, and returns the hex SHA-256.
   */
  public String finishHash() {
    try {
      transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * A view for parsers, which close their input when done (the JDK's StAX reader at the end of the
   * document, fastcsv on close); closing the view leaves this stream open to finish the hash.
   */
  public InputStream shielded() {
    return new FilterInputStream(this) {
      @Override
      public void close() {}
    };
  }
}

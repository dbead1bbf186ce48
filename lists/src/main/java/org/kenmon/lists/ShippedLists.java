package org.kenmon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.un.UnListReader;

/**
 * Lists shipped inside the jar, so that screening works without any download. Each call reads the
 * list afresh and returns a new immutable version; cache it yourself if you call often (reading
 * the UN list takes well under a second). Provenance: {@code
 * org/kenmon/shipped/lists/PROVENANCE.md} beside the data.
 */
public final class ShippedLists {
  /** The UN Security Council Consolidated List of 2026-02-27, gzipped. */
  public static final String UN_RESOURCE = "org/kenmon/shipped/lists/UN_consolidated.xml.gz";

  private ShippedLists() {}

  /**
   * The UN Security Council Consolidated List as shipped.
   *
   * @throws IllegalStateException if the resource is missing or does not read cleanly (a broken
   *     build, never bad input)
   */
  public static ListVersion un() {
    ListReadResult result = readUn();
    if (!result.errors().isEmpty()) {
      throw new IllegalStateException("the shipped UN list has errors: " + result.errors().get(0));
    }
    return result.version();
  }

  /** The shipped UN list with the full read result: counts and problems. */
  public static ListReadResult readUn() {
    try (InputStream raw = ShippedLists.class.getClassLoader().getResourceAsStream(UN_RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("shipped list missing from the classpath: " + UN_RESOURCE);
      }
      try (InputStream in = new GZIPInputStream(raw)) {
        return new UnListReader().read(in, "UN_consolidated.xml", null, null, ReadLimits.defaults());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + UN_RESOURCE, e);
    }
  }
}

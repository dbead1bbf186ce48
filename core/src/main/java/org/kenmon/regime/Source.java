package org.kenmon.regime;

import java.util.Objects;

/** A document a fact was read in: an id local to its regime file, a title, and where to find it. */
public record Source(String id, String title, String url) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}

package org.kenmon.regime;

import java.util.Objects;

/**
 * A fact not yet tied to a source that was read: the field it concerns (a path such as {@code
 * legal_basis} or {@code validity[3].from}) and what is unknown. Findings that rest on such a fact
 * say so.
 */
public record Unconfirmed(String field, String note) {
  public Unconfirmed {
    Objects.requireNonNull(field, "field");
    note = note == null ? "" : note;
  }
}

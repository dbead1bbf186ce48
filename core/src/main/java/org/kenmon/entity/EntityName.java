package org.kenmon.entity;

import java.util.Objects;

/** One name of a list entry as published, with its strength. */
public record EntityName(String value, NameStrength strength) {
  public EntityName {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(strength, "strength");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a name must not be blank");
    }
  }
}

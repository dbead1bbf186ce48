package org.kenmon.regime;

import java.util.List;

/**
 * The vessels a measure covers: by flag (or every flag but some), by earlier calls at ports of
 * given countries, by listing, or by name.
 */
public record VesselScope(
    List<String> flags,
    List<String> flagsExcept,
    List<String> calledAt,
    List<String> listed,
    List<String> names,
    String note) {
  public VesselScope {
    flags = List.copyOf(flags);
    flagsExcept = List.copyOf(flagsExcept);
    calledAt = List.copyOf(calledAt);
    listed = List.copyOf(listed);
    names = List.copyOf(names);
  }
}

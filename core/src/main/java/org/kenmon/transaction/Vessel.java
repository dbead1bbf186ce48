package org.kenmon.transaction;

import java.util.List;

/**
 * A vessel as declared in a transaction: name, IMO number (check digit already validated by the
 * reader), flag (ISO alpha-2), and its earlier port calls.
 */
public record Vessel(String name, String imo, String flag, List<PortVisit> previousPorts) {
  public Vessel {
    previousPorts = previousPorts == null ? List.of() : List.copyOf(previousPorts);
  }
}

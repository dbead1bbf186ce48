package org.kenmon.transaction;

import java.time.LocalDate;

/** An earlier call of a vessel at a port, as declared: the port as written, and the date. */
public record PortVisit(String port, LocalDate date) {}

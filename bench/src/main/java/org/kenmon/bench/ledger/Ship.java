package org.kenmon.bench.ledger;

/** A vessel as a ledger names it: name, IMO number (valid check digit) and flag. */
record Ship(String name, String imo, String flag) {}

package org.kenmon.bench.ledger;

/**
 * A party as a ledger names it: a company, a bank or a person, with where it is established,
 * and for people nationality and date of birth (ISO, or null).
 */
record Counterparty(String name, String country, String nationality, String dob) {
  static Counterparty organisation(String name, String country) {
    return new Counterparty(name, country, null, null);
  }
}

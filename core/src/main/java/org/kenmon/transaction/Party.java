package org.kenmon.transaction;

import java.util.List;
import org.kenmon.entity.BirthDate;
import org.kenmon.entity.Identifier;

/**
 * A party to a transaction in a role (exporter, importer, consignee, shipper, notify, end_user,
 * payer, payee, bank, carrier, traveller, broker…). Only the name is required; country is where
 * the party is established or resident (ISO alpha-2).
 */
public record Party(String role, String name, String country, String nationality, String address,
    BirthDate birthDate, List<Identifier> identifiers) {
  public Party {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  public boolean hasRole(String r) {
    return role != null && role.equals(r);
  }
}

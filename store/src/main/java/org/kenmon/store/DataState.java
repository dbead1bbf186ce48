package org.kenmon.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.store.audit.CanonicalJson;

/**
 * What verdicts are judged against, apart from the transaction: the engine, the regime data, the
 * list versions, the agreement applied (what-if; none yet), the issuers chosen and the exchange-rate
 * file. Two screenings with the same state give the same verdict for the same record and date, so
 * a hold already screened against the current state is not screened again. {@link #key} names it.
 *
 * @param listLabels the list versions in matching order
 * @param agreementId null: no agreement applied
 * @param issuers upper case, sorted; empty means every loaded issuer
 * @param ratesHash SHA-256 of the exchange-rate file; null for none
 */
public record DataState(String engine, String regimesHash, List<String> listLabels, String agreementId,
    List<String> issuers, String ratesHash) {

  public DataState {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(regimesHash, "regimesHash");
    listLabels = List.copyOf(listLabels);
    issuers = issuers.stream().map(i -> i.trim().toUpperCase(Locale.ROOT)).sorted().distinct().toList();
  }

  /** The state of a screening context. */
  public static DataState of(ScreeningContext context, String agreementId, String ratesHash) {
    return new DataState(context.engine(), context.regimes().dataHash(), context.listLabels(), agreementId,
        List.copyOf(context.issuers()), ratesHash);
  }

  /** Hex SHA-256 of the canonical JSON of the fields. */
  public String key() {
    return CanonicalJson.sha256(fields());
  }

  Map<String, Object> fields() {
    Map<String, Object> m = CanonicalJson.map();
    m.put("engine", engine);
    m.put("regimes_hash", regimesHash);
    m.put("list_labels", listLabels);
    m.put("agreement_id", agreementId);
    m.put("issuers", issuers);
    m.put("rates_hash", ratesHash);
    return m;
  }

  /** One line for people: regimes, issuers, lists, agreement, rates, engine. */
  public String describe() {
    return "regimes " + regimesHash.substring(0, Math.min(16, regimesHash.length()))
        + (issuers.isEmpty() ? "" : " (" + String.join(", ", issuers) + ")")
        + "; lists " + (listLabels.isEmpty() ? "none" : String.join(", ", listLabels))
        + (agreementId == null ? "" : "; agreement " + agreementId)
        + (ratesHash == null ? "" : "; rates " + ratesHash.substring(0, Math.min(16, ratesHash.length())))
        + "; engine " + engine;
  }
}

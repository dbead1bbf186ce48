package org.kenmon.screen;

import java.util.List;

/**
 * One reason in a verdict: the measure that applies (null for a sanctions-list hit no loaded
 * regime covers, or for data the engine could not judge), its issuer, the effect on this
 * transaction, why in one sentence, and the evidence (list entry and score, goods classification,
 * route point, amount against threshold). {@code unconfirmed} says the finding rests on a fact
 * the regime data marks as not yet confirmed.
 */
public record Finding(String measure, String issuer, Outcome effect, String reason, List<String> evidence,
    boolean unconfirmed) {
  public Finding {
    evidence = List.copyOf(evidence);
  }
}

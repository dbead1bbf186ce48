package org.kenmon.entity;

/**
 * How much a name identifies its entry. The primary name and strong aliases ("a.k.a.", UN
 * "Good quality") are matched as names; weak aliases (OFAC "weak aka", UN "Low quality": short
 * nicknames, common words) only support a match, never make one alone.
 */
public enum NameStrength {
  PRIMARY,
  STRONG,
  WEAK
}

package org.kenmon.whatif;

/** One row of a what-if breakdown: how many transactions (or goods lines) and their value. */
public final class Group {
  /** A group's stable key and the label shown for it. */
  public record Key(String id, String label) {}

  private final Key key;
  private long count;
  private final Amounts value = new Amounts();

  Group(Key key) {
    this.key = key;
  }

  void add(String currency, java.math.BigDecimal amount) {
    count++;
    value.add(currency, amount);
  }

  void addAll(Amounts amounts) {
    count++;
    value.addAll(amounts);
  }

  public Key key() {
    return key;
  }

  public long count() {
    return count;
  }

  public Amounts value() {
    return value;
  }
}

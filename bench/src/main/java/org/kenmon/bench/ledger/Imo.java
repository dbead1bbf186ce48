package org.kenmon.bench.ledger;

/**
 * IMO ship numbers: six digits and a check digit, the last digit of the sum of the six weighted
 * 7, 6, 5, 4, 3, 2 (the rule {@code kenmon screen} checks).
 */
final class Imo {
  private Imo() {}

  /** The valid IMO number whose first six digits are {@code prefix} (100000..999999). */
  static String of(int prefix) {
    if (prefix < 100_000 || prefix > 999_999) {
      throw new IllegalArgumentException("an IMO prefix has six digits, got " + prefix);
    }
    String six = Integer.toString(prefix);
    return six + checkDigit(six);
  }

  static int checkDigit(String six) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (six.charAt(i) - '0') * (7 - i);
    }
    return sum % 10;
  }

  static boolean isValid(String imo) {
    return imo.length() == 7 && imo.chars().allMatch(Character::isDigit) && checkDigit(imo) == imo.charAt(6) - '0';
  }

  /** The same number with a wrong check digit: a deliberately bad record. */
  static String broken(String imo) {
    int wrong = (imo.charAt(6) - '0' + 1) % 10;
    return imo.substring(0, 6) + wrong;
  }
}

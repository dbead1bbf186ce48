package org.kenmon.lists.remarks;

/**
 * IMO numbers: seven digits, the last a check digit. There are two schemes with different check
 * digits, and lists print both as "IMO":
 *
 * <ul>
 *   <li>ship numbers: the first six digits weighted 7, 6, 5, 4, 3, 2; the check digit is the last
 *       digit of the sum (IMO 9074729: 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, check 9);
 *   <li>company and registered-owner numbers: weights 8, 6, 4, 2, 9, 7; the check digit is
 *       (11 − sum mod 11) mod 10.
 * </ul>
 *
 * <p>In the shipped data every IMO number of an OFAC vessel passes the ship check, and every IMO
 * number of an OFAC or UN organisation (15 of the 16 UN numbers fail the ship check) passes the
 * company check.
 */
public final class Imo {
  private static final int[] SHIP_WEIGHTS = {7, 6, 5, 4, 3, 2};
  private static final int[] COMPANY_WEIGHTS = {8, 6, 4, 2, 9, 7};

  private Imo() {}

  /** Whether the text is seven digits with a valid ship check digit. */
  public static boolean isShipNumber(String digits) {
    if (!isSevenDigits(digits)) {
      return false;
    }
    return weightedSum(digits, SHIP_WEIGHTS) % 10 == digits.charAt(6) - '0';
  }

  /** Whether the text is seven digits with a valid company check digit. */
  public static boolean isCompanyNumber(String digits) {
    if (!isSevenDigits(digits)) {
      return false;
    }
    return (11 - weightedSum(digits, COMPANY_WEIGHTS) % 11) % 10 == digits.charAt(6) - '0';
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  private static boolean isSevenDigits(String s) {
    if (s == null || s.length() != 7) {
      return false;
    }
    for (int i = 0; i < 7; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}

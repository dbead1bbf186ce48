package org.kenmon.transaction;

import java.math.BigDecimal;
import org.kenmon.hs.HsCode;

/**
 * One line of goods: a description and/or a declared HS code, quantity, value with its currency,
 * and country of origin. A line needs a description or an HS code.
 */
public record GoodsLine(String description, HsCode hs, BigDecimal quantity, BigDecimal value, String currency,
    String origin) {}

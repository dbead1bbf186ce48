package org.kenmon.money;

import java.math.BigDecimal;

/** An amount converted into another currency, and which rate did it (for the finding's evidence). */
public record Conversion(BigDecimal amount, String currency, String rateUsed) {}

/**
 * The HTTP API under {@code /api/v1}, one class per area (screening, matching, regimes, agreements,
 * holds, lists, audit, admin), described by the hand-written {@code openapi.yaml}. Errors are
 * {@link org.kenmon.server.api.ApiException}s, answered as problem JSON ({@link
 * org.kenmon.server.api.Problems}).
 */
package org.kenmon.server.api;

/** Prometheus metrics of the service ({@link org.kenmon.server.metrics.Metrics}), served at {@code /metrics}. */
package org.kenmon.server.metrics;

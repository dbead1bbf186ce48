/**
 * Reading and checking regime files: {@link org.kenmon.regime.yaml.RegimeLoader} loads a set of
 * files (or the shipped ones) and cross-checks them; {@link org.kenmon.regime.yaml.RegimeReader}
 * reads one file. Both report every problem with file, line, column and field and keep going.
 */
package org.kenmon.regime.yaml;

/**
 * The OFAC SDN list in its legacy CSV form: a folder with {@code sdn.csv} (required), {@code
 * alt.csv}, {@code add.csv} and {@code sdn_comments.csv}. Start with {@link
 * org.kenmon.lists.ofac.OfacListReader}; {@code OfacMapper} maps a row and its remarks, {@code
 * OfacNames} turns "SURNAME, Given" around.
 */
package org.kenmon.lists.ofac;

/**
 * The UN Security Council Consolidated List in its XML form ({@code UN_consolidated.xml}). Start
 * with {@link org.kenmon.lists.un.UnListReader}: {@code UnXmlParser} streams the file with StAX
 * (DTDs refused, depth and text size bounded) and hands each {@code INDIVIDUAL} and {@code ENTITY}
 * to {@code UnMapper}, which maps it to the common model.
 */
package org.kenmon.lists.un;

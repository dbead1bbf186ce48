/**
 * Readers for published sanctions lists, one subpackage per source format, all of one shape:
 * a reader turns a file into {@link org.kenmon.entity.ListEntry}s of a {@link
 * org.kenmon.entity.ListVersion}, reporting bad records as located problems and keeping the rest.
 *
 * <p>Start with {@link org.kenmon.lists.ListFormat}, the registry of formats and their readers: {@code
 * ListFormat.UN_XML.reader().read(ListInput.of(path))} gives a {@link
 * org.kenmon.lists.ListReadResult} with the version, the problems and the counts. Input limits are
 * in {@link org.kenmon.lists.ReadLimits}; the UN list shipped in the jar is {@link
 * org.kenmon.lists.ShippedLists#un()}; dated versions on disk are in {@code
 * org.kenmon.lists.store}. The formats and rules are documented in {@code docs/lists.md}.
 */
package org.kenmon.lists;

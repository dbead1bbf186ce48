/**
 * Readers for published sanctions lists, one subpackage per source format, all of one shape:
 * a reader turns a file into {@link org.kenmon.entity.ListEntry}s of a {@link
 * org.kenmon.entity.ListVersion}, reporting bad records as located problems and keeping the rest.
 */
package org.kenmon.lists;

/**
 * The common model of sanctions-list data that every list reader maps to: {@link
 * org.kenmon.entity.ListVersion} (a dated import) of {@link org.kenmon.entity.ListEntry}s with
 * names of given strength, dates of birth, nationalities and identifiers.
 */
package org.kenmon.entity;

/**
 * Candidate retrieval: {@link org.kenmon.match.index.ListIndex} holds list names prepared for
 * matching, with inverted indexes on words, joined words and romanization keys, a trigram index
 * for misspellings, rarity weights and an exact identifier index.
 */
package org.kenmon.match.index;

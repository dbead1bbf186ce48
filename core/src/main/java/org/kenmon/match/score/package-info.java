/**
 * Scoring name pairs with explanations: {@link org.kenmon.match.score.NameComparer} aligns the
 * tokens of a query name and a list name and says which query word met which list word, how, and
 * how much it counted.
 */
package org.kenmon.match.score;

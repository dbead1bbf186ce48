/**
 * The goods side of transaction screening: what a consignment is, in HS terms, and which controlled
 * goods categories it may fall in.
 *
 * <p>Start at {@link org.kenmon.goods.GoodsClassifier#shipped()}: {@code classify(description,
 * declaredHs)} reads a free-text description (English, Japanese, Korean or Chinese) and/or a
 * declared HS code and returns a {@link org.kenmon.goods.Classification}: the HS code, a
 * confidence, how it was reached, the brand and its home country, the luxury categories, and
 * evidence lines that say why. Below {@link org.kenmon.goods.GoodsClassifier#REVIEW_BELOW} a
 * screening must answer REVIEW, never a silent CLEAR.
 *
 * <p>{@link org.kenmon.goods.HsNomenclature} is the HS 2022 nomenclature (with the older-edition
 * codes the screening story needs), {@link org.kenmon.goods.BrandLexicon} the brands with their
 * aliases in four scripts. All three are immutable and thread-safe and load their data once from
 * classpath resources under {@code org/kenmon/shipped/goods/}; a bad row in a resource fails loudly
 * with a {@link org.kenmon.goods.GoodsDataException} naming file, line and field. The data formats,
 * confidence levels and sources are described in {@code docs/goods.md}.
 */
package org.kenmon.goods;

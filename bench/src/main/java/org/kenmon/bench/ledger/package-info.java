/**
 * Realistic ledgers for the screening throughput benchmark (docs/benchmarks.md, "Screening
 * throughput"). Start with {@link org.kenmon.bench.ledger.LedgerGenerator}: it writes JSON Lines
 * records of the five transaction types, with counterparties drawn Zipf-like from a population
 * ({@link org.kenmon.bench.ledger.Parties}) or every one new, goods from the shipped product
 * lexicon and the HS nomenclature ({@link org.kenmon.bench.ledger.GoodsCatalogue}), routes and
 * ports from the gazetteer ({@link org.kenmon.bench.ledger.RouteBook}), and a small share of
 * deliberately bad records ({@link org.kenmon.bench.ledger.Corruption}). Output is a function of
 * the seed alone.
 */
package org.kenmon.bench.ledger;

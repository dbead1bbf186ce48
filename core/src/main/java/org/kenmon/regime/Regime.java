package org.kenmon.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The measures one issuer applies to one target, as read from one regime file, with the catalogue
 * of sources and goods categories its measures cite.
 *
 * @param origin where it was read from (file name or resource), for messages
 * @param sha256 hex SHA-256 of the file's text, so verdicts can name the data they used
 */
public record Regime(
    String id,
    String issuer,
    String target,
    String title,
    LocalDate compiled,
    Map<String, Source> sources,
    Map<String, GoodsCategory> categories,
    List<Measure> measures,
    String origin,
    String sha256) {

  public Regime {
    sources = Map.copyOf(sources);
    categories = Map.copyOf(categories);
    measures = List.copyOf(measures);
  }
}

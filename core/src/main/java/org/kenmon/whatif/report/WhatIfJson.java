package org.kenmon.whatif.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.kenmon.screen.Finding;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.Reject;
import org.kenmon.whatif.Amounts;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.Comparison.Change;
import org.kenmon.whatif.Group;
import org.kenmon.whatif.WhatIfTally;
import org.kenmon.whatif.WhatIfTally.Dimension;

/**
 * The what-if result as one JSON document, streamed so that a large ledger needs no more memory
 * than a small one: {@code {"agreement", "judged", "issuers", "lists", "inputs", "changes": [...],
 * "rejects": n, "counts", "totals"}}. docs/agreements.md gives the shape; keys are only ever added.
 */
public final class WhatIfJson implements WhatIfSink {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonGenerator g;

  public WhatIfJson(Writer out, RunInfo info) throws IOException {
    this.g = new JsonFactory(MAPPER).createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeFieldName("agreement");
    g.writeTree(agreement(info));
    g.writeObjectFieldStart("judged");
    g.writeStringField("rule", info.fixedDate() != null ? "fixed-date" : "own-date-not-before-effective");
    g.writeStringField("date", info.fixedDate() != null ? info.fixedDate().toString() : info.effective().toString());
    g.writeStringField("text", info.dating());
    g.writeEndObject();
    g.writeFieldName("issuers");
    g.writeTree(strings(info.issuers()));
    g.writeFieldName("lists");
    g.writeTree(strings(info.lists()));
    g.writeFieldName("inputs");
    g.writeTree(strings(info.inputs()));
    g.writeStringField("engine", info.engine());
    g.writeArrayFieldStart("changes");
  }

  static ObjectNode agreement(RunInfo info) {
    ObjectNode a = JSON.objectNode();
    a.put("id", info.agreement().id());
    a.put("title", info.agreement().title());
    a.put("status", info.agreement().status().code());
    a.put("hypothetical", info.agreement().isHypothetical());
    a.put("effective", info.effective().toString());
    a.put("sha256", info.agreement().sha256());
    return a;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = JSON.arrayNode();
    values.forEach(a::add);
    return a;
  }

  /** One changed transaction: {@code {"id", "type", "date", "judged_on", "change", "before", "after", "value", "lifted", "imposed", "still_blocking", "source"}}. */
  public static ObjectNode comparisonNode(Comparison c) {
    Transaction t = c.transaction();
    ObjectNode o = JSON.objectNode();
    o.put("id", t.id());
    o.put("type", t.type().code());
    o.put("date", t.date().toString());
    o.put("judged_on", c.judgedOn().toString());
    o.put("change", c.change().name());
    o.put("before", c.before().outcome().name());
    o.put("after", c.after().outcome().name());
    o.set("value", amounts(WhatIfTally.valueOf(t)));
    ArrayNode lifted = findings(c.lifted());
    for (int i = 0; i < c.lifted().size(); i++) {
      var now = c.effectWith(c.lifted().get(i));
      ((ObjectNode) lifted.get(i)).put("effect_with", now == null ? null : now.name());
    }
    o.set("lifted", lifted);
    o.set("imposed", findings(c.imposed()));
    o.set("still_blocking", findings(c.stillBlocking()));
    o.put("source", t.source());
    return o;
  }

  private static ArrayNode findings(List<Finding> fs) {
    ArrayNode a = JSON.arrayNode();
    for (Finding f : fs) {
      ObjectNode o = a.addObject();
      if (f.measure() == null) {
        o.putNull("measure");
      } else {
        o.put("measure", f.measure());
      }
      o.put("issuer", f.issuer());
      o.put("effect", f.effect().name());
      o.put("reason", f.reason());
    }
    return a;
  }

  static ObjectNode amounts(Amounts a) {
    ObjectNode o = JSON.objectNode();
    a.byCurrency().forEach(o::put);
    return o;
  }

  /** Counts and values by change, and the breakdowns of every change but UNCHANGED. */
  public static ObjectNode totalsNode(WhatIfTally tally) {
    ObjectNode totals = JSON.objectNode();
    for (Change ch : Change.values()) {
      if (ch == Change.UNCHANGED || tally.count(ch) == 0) {
        continue;
      }
      ObjectNode c = totals.putObject(ch.name().toLowerCase(java.util.Locale.ROOT));
      c.put("count", tally.count(ch));
      c.set("value", amounts(tally.value(ch)));
      for (Dimension d : Dimension.values()) {
        ArrayNode rows = c.putArray("by_" + d.name().toLowerCase(java.util.Locale.ROOT));
        for (Group grp : tally.breakdown(ch, d)) {
          ObjectNode r = rows.addObject();
          r.put("key", grp.key().id());
          r.put("label", grp.key().label());
          r.put("count", grp.count());
          r.set("value", amounts(grp.value()));
        }
      }
    }
    return totals;
  }

  @Override
  public void comparison(Comparison c) throws IOException {
    if (c.change() != Change.UNCHANGED) {
      g.writeTree(comparisonNode(c));
    }
  }

  @Override
  public void reject(Reject r) throws IOException {
    // Counted in "counts"; the records themselves go to the rejects file.
  }

  @Override
  public void finish(WhatIfTally tally, long read, long rejected) throws IOException {
    g.writeEndArray();
    g.writeObjectFieldStart("counts");
    g.writeNumberField("read", read);
    g.writeNumberField("compared", tally.compared());
    g.writeNumberField("rejected", rejected);
    for (Change ch : Change.values()) {
      g.writeNumberField(ch.name().toLowerCase(java.util.Locale.ROOT), tally.count(ch));
    }
    g.writeEndObject();
    g.writeFieldName("totals");
    g.writeTree(totalsNode(tally));
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }
}

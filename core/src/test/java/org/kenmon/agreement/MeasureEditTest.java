package org.kenmon.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenmon.agreement.Agreements.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.regime.Amendment;
import org.kenmon.regime.Effect;
import org.kenmon.regime.Measure;
import org.kenmon.regime.MeasureKind;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;

class MeasureEditTest {
  private static final Validity FIRST = Validity.of(d("2010-01-01"), d("2010-12-31"));
  private static final Validity SECOND = new Validity(d("2011-01-01"), d("2012-12-31"), d("2010-12-20"), "renewal",
      List.of("A"), List.of(new Unconfirmed("to", "end not confirmed"), new Unconfirmed("decided_on", "day unsure")),
      Amendment.NONE);
  private static final Validity THIRD = Validity.of(d("2013-01-01"), null);

  private static Measure measure() {
    return new Measure("m", "JP", "KP", "M", MeasureKind.EXPORT_BAN, Effect.PROHIBITED, Scope.EMPTY, List.of(),
        List.of(), "Act", List.of("A"), List.of(), List.of(FIRST, SECOND, THIRD), null,
        List.of(new Unconfirmed("validity[1].to", "end"), new Unconfirmed("validity[1].from", "start"),
            new Unconfirmed("validity[2]", "third"), new Unconfirmed("legal_basis", "article")));
  }

  @Test
  void cutAt_headKeepsTheIntervalTailTakesItsUnconfirmedEnd() {
    MeasureEdit e = new MeasureEdit(measure());
    assertThat(e.cutAt(d("2012-01-01"))).isEqualTo(2);
    Measure m = e.build();
    assertThat(m.validity()).extracting(Validity::toString).containsExactly("2010-01-01..2010-12-31",
        "2011-01-01..2011-12-31", "2012-01-01..2012-12-31", "2013-01-01..");
    Validity head = m.validity().get(1);
    assertThat(head.decidedOn()).isEqualTo(d("2010-12-20"));
    assertThat(head.sourceIds()).containsExactly("A");
    assertThat(head.unconfirmed()).extracting(Unconfirmed::field).containsExactly("decided_on");
    assertThat(m.validity().get(2).unconfirmed()).extracting(Unconfirmed::field).containsExactly("to");
    // measure-level entries follow their interval: "to" to the tail, the rest to the head
    assertThat(m.unconfirmed()).extracting(Unconfirmed::field)
        .containsExactly("validity[2].to", "validity[1].from", "validity[3]", "legal_basis");
  }

  @Test
  void cutAt_onAnIntervalsFirstDayOrOutsideAnyInterval_cutsNothing() {
    MeasureEdit e = new MeasureEdit(measure());
    assertThat(e.cutAt(d("2011-01-01"))).isEqualTo(1);
    assertThat(e.cutAt(d("2009-01-01"))).isEqualTo(-1);
    assertThat(e.build()).isEqualTo(measure());
  }

  @Test
  void drop_theUnconfirmedFactsOfDroppedIntervalsGoWithThem() {
    MeasureEdit e = new MeasureEdit(measure());
    e.drop(d("2011-01-01"), null);
    Measure m = e.build();
    assertThat(m.validity()).containsExactly(FIRST);
    assertThat(m.unconfirmed()).extracting(Unconfirmed::field).containsExactly("legal_basis");
  }

  @Test
  void removeAll_leavesNoMeasure() {
    MeasureEdit e = new MeasureEdit(measure());
    e.removeAll();
    assertThat(e.build()).isNull();
  }
}

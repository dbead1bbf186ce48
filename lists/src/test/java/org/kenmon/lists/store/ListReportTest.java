package org.kenmon.lists.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenmon.lists.ListFormat;
import org.kenmon.lists.TestFiles;

class ListReportTest {
  @TempDir Path data;

  private ListDiff diff(ListStore store) {
    store.importVersion(TestFiles.resource("lists/un/UN_excerpt.xml"), ListFormat.UN_XML, null);
    store.importVersion(TestFiles.resource("lists/un/UN_excerpt_v2.xml"), ListFormat.UN_XML, null);
    return store.diff("un-sc@2026-02-27", "un-sc");
  }

  @Test
  void diffText_countsThenOneLinePerEntry() {
    String text = ListReport.diffText(diff(new ListStore(data)));
    assertThat(text.lines()).hasSize(5);
    assertThat(text).contains("  added 1, removed 1, changed 1, unchanged 12")
        .contains("+ KPe.033        organization")
        .contains("- QDi.290        person       DOKU KHAMATOVICH UMAROV")
        .contains("~ KPi.064        person       CH'OE SO’K MIN: names");
  }

  @Test
  void diffJson_structure() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ListReport.diffJson(diff(new ListStore(data))));
    assertThat(json.path("from").asText()).startsWith("un-sc@2026-02-27#");
    assertThat(json.path("to").asText()).startsWith("un-sc@2026-03-27#");
    assertThat(json.path("unchanged").asInt()).isEqualTo(12);
    assertThat(json.path("added").get(0).path("entryId").asText()).isEqualTo("KPe.033");
    assertThat(json.path("removed").get(0).path("type").asText()).isEqualTo("person");
    assertThat(json.path("changed").get(0).path("fields").get(0).asText()).isEqualTo("names");
  }

  @Test
  void summary_countsByTypeAndProgram() {
    ListStore store = new ListStore(data);
    StoredVersion v = store.importVersion(TestFiles.resource("lists/un/UN_excerpt.xml"), ListFormat.UN_XML, null).version();
    String text = ListReport.summary(v, store.load(v.label()));
    assertThat(text).contains("read 14, loaded 14, rejected 0, skipped 0")
        .contains("entries by type: organization 5, person 9")
        .contains("entries by program: Al-Qaida 3, DPRK 8, DRC 1, SouthSudan 1, Taliban 1")
        .contains("sha256 " + v.sha256());
    assertThat(ListReport.versions(store.versions())).startsWith(v.label()).contains("14 entries");
  }
}

package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.GradientCheck;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PracticePlan;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.ScenarioValidator;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExportSnapshotTest {

    @Test
    void the_snapshot_exports_what_the_exports_write_for_its_scenario_and_checks() {
        Scenario s = SeedExample.scenario();
        var t = s.trace();
        List<GradientCheck.MatrixCheck> checks = GradientCheck.of(t.network(), t.batch(), t.backward());
        ExportSnapshot snap = new ExportSnapshot(s, Stepping.plain(s.network().architecture()), checks);
        assertArrayEquals(Exports.json(s), snap.json());
        assertArrayEquals(Exports.numpy(s), snap.numpy());
        assertArrayEquals(Exports.csvZip(AllTables.of(s, t, checks)), snap.csvZip());
    }

    @Test
    void a_page_with_an_optimizer_exports_its_settings_and_state_and_an_import_opens_them_again() throws Exception {
        Scenario s = SeedExample.scenario();
        Optimization adam = new Optimization(new Optimizer.Adam(0.8, 0.99, 1e-6), 0.01, 1);
        ExplorerState page = ExplorerState.of(s);
        page = page.stepping()
                .with(adam, page.draft().architecture())
                .applyTo(page)
                .applyStep();
        ExportSnapshot snap = new ExportSnapshot(page.scenario(), page.stepping(), List.of());
        JsonNode json = ScenarioJson.parse(snap.json());
        assertEquals("adam", json.at("/optimizer/name").stringValue());
        assertEquals(0.8, json.at("/optimizer/beta1").doubleValue());
        assertEquals(0.01, json.at("/weightDecay").doubleValue());
        assertEquals(1, json.at("/batchSize").intValue());
        assertEquals(1, json.at("/optimizerState/t").intValue());
        Limits limits = Limits.DEFAULT;
        var opened = assertInstanceOf(
                Arrival.Imported.Opened.class, Arrival.imported(snap.json(), new ScenarioValidator(limits), limits));
        assertEquals(page.scenario(), opened.scenario());
        assertEquals(page.stepping().settings(), opened.optimizer(), "the settings and the state after step 1");
        ExplorerState reopened = ExplorerState.of(s)
                .open(
                        new Permalink(opened.scenario(), ViewState.DEFAULT, PracticePlan.NONE, opened.optimizer()),
                        Optional.empty());
        assertEquals(
                page.stepping().trace(page.scenario()).next(),
                reopened.stepping().trace(reopened.scenario()).next(),
                "the next step is the same step");
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(snap.csvZip()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(
                names.containsAll(Set.of("W2_m.csv", "W2_vhat.csv", "dW2_decay.csv", "W2_next.csv")), names.toString());
    }

    @Test
    void a_plain_page_exports_the_same_request_as_before_optimizers() {
        Scenario s = SeedExample.scenario();
        assertArrayEquals(
                Exports.json(s),
                new ExportSnapshot(s, Stepping.plain(s.network().architecture()), List.of()).json());
        assertFalse(new String(Exports.json(s), StandardCharsets.UTF_8).contains("optimizer"));
    }

    @Test
    void invalid_cells_are_keyed_row_comma_column_for_their_own_matrix_only() {
        Draft d = Draft.of(SeedExample.scenario())
                .edit(CellRef.of("W1", 0, 3), "abc")
                .edit(CellRef.of("W2", 1, 0), "--3")
                .edit(CellRef.of("W1", 2, 1), "1,5");
        Map<String, Draft.Invalid> w1 = InvalidCells.of(d, TableId.weight(1));
        assertEquals(List.of("0,3", "2,1"), w1.keySet().stream().sorted().toList());
        assertEquals("abc", w1.get("0,3").text());
        assertEquals(Map.of(), InvalidCells.of(d, TableId.X));
        assertEquals(
                List.of("1,0"),
                List.copyOf(InvalidCells.of(d, TableId.weight(2)).keySet()));
    }
}

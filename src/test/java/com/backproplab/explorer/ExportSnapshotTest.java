package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportSnapshotTest {

    @Test
    void the_snapshot_exports_what_the_exports_write_for_its_scenario_and_checks() {
        Scenario s = SeedExample.scenario();
        var t = s.trace();
        List<GradientCheck.MatrixCheck> checks = GradientCheck.of(t.network(), t.batch(), t.backward());
        ExportSnapshot snap = new ExportSnapshot(s, checks);
        assertArrayEquals(Exports.json(s), snap.json());
        assertArrayEquals(Exports.numpy(s), snap.numpy());
        assertArrayEquals(Exports.csvZip(AllTables.of(s, t, checks)), snap.csvZip());
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

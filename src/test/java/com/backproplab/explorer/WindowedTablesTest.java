package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowedTablesTest {

    @Test
    void the_smallest_tables_are_drawn_whole_while_they_hold_at_most_2500_cells() {
        assertEquals(4, WindowedTables.drawnWholeUpTo(List.of(1, 1, 4, 2500)), "1 + 1 + 4 + 2,500 > 2,500");
        assertEquals(2500, WindowedTables.drawnWholeUpTo(List.of(2500)), "one table of 2,500: whole");
        assertEquals(0, WindowedTables.drawnWholeUpTo(List.of(2501)), "one table of 2,501: windowed");
        assertEquals(1000, WindowedTables.drawnWholeUpTo(List.of(1000, 500, 1000)), "2,500 in all: whole");
        assertEquals(0, WindowedTables.drawnWholeUpTo(List.of()), "no tables");
    }

    @Test
    void tables_of_one_size_are_windowed_together() {
        // Three of 900 hold 2,700: none of them is drawn whole, though two would fit.
        assertEquals(100, WindowedTables.drawnWholeUpTo(List.of(900, 100, 900, 900)));
        // 40 tables of 64 cells hold 2,560: every one is windowed, as are the larger ones.
        assertEquals(
                16,
                WindowedTables.drawnWholeUpTo(java.util.stream.Stream.concat(
                                java.util.Collections.nCopies(40, 64).stream(), List.of(16, 16, 300).stream())
                        .toList()));
    }

    @Test
    void every_table_of_the_worked_example_is_drawn_whole() {
        BackpropTrace t = SeedExample.scenario().trace();
        List<Integer> sizes = WindowedTables.sizes(
                t.network(),
                List.of(
                        InputTables.of(SeedExample.scenario()),
                        ForwardTables.of(t),
                        BackwardTables.of(t),
                        StepTables.of(t)));
        // The page shows 270 cells (td[data-row]) on the worked example, the check's tables with them.
        assertEquals(270, sizes.stream().mapToInt(Integer::intValue).sum());
        assertEquals(12, WindowedTables.drawnWholeUpTo(sizes), "the largest, W1 and its copies, 3 × 4");
    }
}

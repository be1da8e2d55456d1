package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Example;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A snapshot, not an oracle: every table's title, formula, label and explanation, a few of its values, and the
 * formula bar's text for its first and last cell, for the worked example and every gallery example, compared
 * with {@code snapshots/page-text.txt}, which was written from this code's own output and read by a person.
 * It says that the page's words did not change unnoticed, not that they are right; the numbers in it are
 * checked against PyTorch by the golden tests. After a deliberate change, rewrite it with
 * {@code -Dsnapshots.update=true} and read the diff.
 */
@Tag("snapshot")
class PageTextSnapshotTest {

    private static final Path FILE = Path.of("src/test/resources/snapshots/page-text.txt");

    private static Map<String, Scenario> scenarios() {
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("worked example", SeedExample.scenario());
        for (Example e : Gallery.all()) {
            all.put(e.id(), e.scenario());
        }
        return all;
    }

    /** Ten significant digits: the snapshot follows the words, not the last bits of the arithmetic. */
    private static String values(RealMatrix m) {
        List<String> shown = new ArrayList<>();
        int n = m.getRowDimension() * m.getColumnDimension();
        for (int i = 0; i < Math.min(n, 4); i++) {
            shown.add(String.format(
                    Locale.ROOT, "%.10g", m.getEntry(i / m.getColumnDimension(), i % m.getColumnDimension())));
        }
        return m.getRowDimension() + "×" + m.getColumnDimension() + " " + String.join(" ", shown) + (n > 4 ? " …" : "");
    }

    private static String text(String name, Scenario s) {
        BackpropTrace trace = s.trace();
        List<GradientCheck.MatrixCheck> checks = GradientCheck.of(trace.network(), trace.batch(), trace.backward());
        StringBuilder out = new StringBuilder("=== " + name + "\n");
        for (CardGroup g : AllTables.of(s, trace, checks)) {
            out.append("## ")
                    .append(g.title())
                    .append(g.note() == null ? "" : " — " + g.note())
                    .append('\n');
            for (CardSpec card : g.cards()) {
                RealMatrix v = card.value();
                out.append(card.id().name())
                        .append(card.editable() ? " (editable)" : "")
                        .append('\n');
                out.append("  tex: ").append(card.tex()).append('\n');
                out.append("  label: ").append(card.label()).append('\n');
                out.append("  explanation: ").append(card.explanation()).append('\n');
                out.append("  values: ").append(values(v)).append('\n');
                int lastRow = v.getRowDimension() - 1;
                int lastCol = v.getColumnDimension() - 1;
                out.append("  first: ")
                        .append(CellExplainer.explain(trace, checks, new CellRef(card.id(), 0, 0), 5))
                        .append('\n');
                out.append("  last: ")
                        .append(CellExplainer.explain(trace, checks, new CellRef(card.id(), lastRow, lastCol), 5))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String exports() throws IOException {
        Scenario s = SeedExample.scenario();
        BackpropTrace trace = s.trace();
        List<GradientCheck.MatrixCheck> checks = GradientCheck.of(trace.network(), trace.batch(), trace.backward());
        StringBuilder out = new StringBuilder("=== exports of the worked example\n## json\n");
        out.append(new String(Exports.json(s), StandardCharsets.UTF_8)).append("\n## numpy\n");
        out.append(new String(Exports.numpy(s), StandardCharsets.UTF_8)).append("\n## csv files\n");
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(Exports.csvZip(AllTables.of(s, trace, checks))))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                out.append(e.getName())
                        .append(": ")
                        .append(csv.lines().count())
                        .append(" lines, first ")
                        .append(csv.lines().findFirst().orElse(""))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String snapshot() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Scenario> e : scenarios().entrySet()) {
            out.append(text(e.getKey(), e.getValue()));
        }
        return out.append(exports()).toString();
    }

    @Test
    void the_page_text_of_every_example_matches_the_snapshot() throws IOException {
        String now = snapshot();
        if (Boolean.getBoolean("snapshots.update") || !Files.exists(FILE)) {
            Files.writeString(FILE, now);
        }
        assertEquals(Files.readString(FILE), now);
    }

    @Test
    void every_card_shows_the_matrix_the_trace_computed() {
        Scenario s = SeedExample.scenario();
        BackpropTrace t = s.trace();
        Map<String, RealMatrix> shown = new LinkedHashMap<>();
        for (CardGroup g : AllTables.of(s, t, List.of())) {
            for (CardSpec card : g.cards()) {
                shown.put(card.id().name(), card.value());
            }
        }
        assertSame(t.forward().z().get(0), shown.get("Z1"));
        assertSame(t.forward().a().get(1), shown.get("A2"));
        assertSame(t.backward().dW(0), shown.get("dW1"));
        assertSame(t.backward().db(1), shown.get("db2"));
        assertSame(t.backward().layers().get(0).dZ(), shown.get("dZ1"));
        assertSame(t.backward().layers().get(0).dA(), shown.get("dA1"));
        assertSame(t.next().weight(0), shown.get("W1_next"));
        assertEquals(s.batch().x(), shown.get("X"));
        assertEquals(
                t.forward().loss(),
                (shown.get("loss").getEntry(0, 0) + shown.get("loss").getEntry(1, 0)) / 2,
                1e-15);
    }
}

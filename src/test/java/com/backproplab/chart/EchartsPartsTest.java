package com.backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page's script registers only the parts of ECharts it uses ({@code echarts.use([...])} in
 * bpl-echart-library.ts), and ECharts silently leaves out a series or component whose part is not registered.
 * So every part that the options of this package name must be registered, with the canvas renderer, and
 * nothing else (each part costs bytes when the charts load).
 */
class EchartsPartsTest {

    private static final Path SCRIPT = Path.of("frontend/components/bpl-echart-library.ts");

    /** Option keys that name a component, and the ECharts part that draws it. */
    private static final Map<String, String> COMPONENTS = Map.ofEntries(
            Map.entry("title", "TitleComponent"),
            Map.entry("tooltip", "TooltipComponent"),
            Map.entry("grid", "GridComponent"),
            Map.entry("xAxis", "GridComponent"),
            Map.entry("yAxis", "GridComponent"),
            Map.entry("toolbox", "ToolboxComponent"),
            Map.entry("legend", "LegendComponent"),
            Map.entry("visualMap", "VisualMapComponent"),
            Map.entry("graphic", "GraphicComponent"),
            Map.entry("dataZoom", "DataZoomComponent"),
            Map.entry("markArea", "MarkAreaComponent"),
            Map.entry("markLine", "MarkLineComponent"),
            Map.entry("markPoint", "MarkPointComponent"));

    /** Top-level option keys that need no part of their own. */
    private static final Set<String> PLAIN = Set.of("series", "animation", "backgroundColor");

    /** The options the page draws: every chart, with its variants (log scale, hints, each kind of boundary). */
    private static List<ObjectNode> everyOption() {
        Scenario seed = SeedExample.scenario();
        BackpropTrace trace = seed.trace();
        TangentChart.Picture picture = TangentChart.of(trace, ParameterRef.weight(1, 1, 0));
        ObjectNode emptyLoss = LossChart.option(new double[] {trace.forward().loss()}, false);
        Options.hint(emptyLoss, "Press Play");
        Scenario xor = Gallery.byId("xor").orElseThrow().scenario();
        Scenario spirals = Gallery.byId("spirals").orElseThrow().scenario();
        return List.of(
                LossChart.option(new double[] {1, 0.5, 0.25}, true),
                emptyLoss,
                picture.zoomed(),
                picture.valley(),
                OutputChart.option(trace),
                TrajectoryChart.option("W2[1,0]", new double[] {0, 1}, new double[] {0.1, 0.2}),
                BoundaryChart.option(xor.network(), xor.batch()),
                BoundaryChart.option(spirals.network(), spirals.batch()));
    }

    /** The parts {@code option} needs: its series types as charts (line → LineChart) and its components. */
    static Set<String> partsOf(ObjectNode option) {
        Set<String> parts = new TreeSet<>();
        for (String key : option.propertyNames()) {
            if (COMPONENTS.containsKey(key)) {
                parts.add(COMPONENTS.get(key));
            } else {
                assertTrue(PLAIN.contains(key), "option key " + key + " has no ECharts part in this test's map");
            }
        }
        for (JsonNode series : option.path("series")) {
            String type = series.path("type").stringValue();
            parts.add(Character.toUpperCase(type.charAt(0)) + type.substring(1) + "Chart");
            for (String key : series.propertyNames()) {
                if (key.startsWith("mark")) {
                    parts.add(COMPONENTS.get(key));
                }
            }
        }
        return parts;
    }

    /** The parts the script passes to {@code echarts.use}. */
    static Set<String> registered() throws IOException {
        Matcher use = Pattern.compile("echarts\\.use\\(\\[([^]]*)]\\)").matcher(Files.readString(SCRIPT));
        assertTrue(use.find(), "bpl-echart-library.ts registers its parts with echarts.use([...])");
        Set<String> parts = new TreeSet<>();
        for (String part : use.group(1).split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    @Test
    void the_page_registers_exactly_the_parts_of_echarts_its_charts_use() throws IOException {
        Set<String> used = new TreeSet<>();
        everyOption().forEach(o -> used.addAll(partsOf(o)));
        used.add("CanvasRenderer");
        assertEquals(used, registered());
    }

    @Test
    void the_parts_of_an_option_are_its_series_types_and_its_components() {
        ObjectNode o = Options.base("t");
        o.putArray("series").addObject().put("type", "heatmap");
        ((ArrayNode) o.get("series")).addObject().put("type", "line").putObject("markArea");
        assertEquals(
                Set.of(
                        "TitleComponent",
                        "TooltipComponent",
                        "GridComponent",
                        "ToolboxComponent",
                        "HeatmapChart",
                        "LineChart",
                        "MarkAreaComponent"),
                partsOf(o));
    }
}

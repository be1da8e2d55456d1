package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.ScenarioValidator;
import com.backproplab.scenario.SeedExample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrivalTest {

    private static final Limits LIMITS = Limits.DEFAULT;
    private static final PermalinkCodec CODEC = new PermalinkCodec(LIMITS);

    /** 2-64-64-64-3 on 64 samples: within every size limit, but its tables hold 142,000 numbers. */
    private static final Scenario LARGE =
            ScenarioEditor.resized(SeedExample.scenario(), List.of(2, 64, 64, 64, 3), 64, FillRule.ZEROS, 1);

    private static final String OVER_BUDGET = "layers: a 2-64-64-64-3 network on 64 samples fills its tables with"
            + " 1.42e+05 numbers; one page shows at most 100000. Use fewer samples or smaller layers, or post the"
            + " JSON to the API.";

    @Test
    void a_link_to_a_network_over_the_page_budget_shows_why_and_the_worked_example() {
        String query = CODEC.encode(new Permalink(LARGE, ViewState.DEFAULT));
        Arrival arrival = Arrival.of(parameters(query), query, CODEC, LIMITS).orElseThrow();
        assertEquals(
                OVER_BUDGET + " Showing the worked example instead.",
                arrival.message().orElseThrow().text());
        assertEquals(
                List.of(3, 4, 2),
                arrival.link().scenario().network().architecture().sizes());
    }

    @Test
    void an_imported_file_over_the_page_budget_is_refused_before_its_tables_are_built() {
        byte[] file = ScenarioJson.write(LARGE).toString().getBytes(StandardCharsets.UTF_8);
        Arrival.Imported imported = Arrival.imported(file, new ScenarioValidator(LIMITS), LIMITS);
        assertEquals(
                OVER_BUDGET,
                assertInstanceOf(Arrival.Imported.Refused.class, imported).message());
    }

    @Test
    void an_imported_file_with_a_key_given_twice_is_refused_with_where() {
        byte[] file = "{\"layers\":[3,4,2],\"layers\":[3,4,2]}".getBytes(StandardCharsets.UTF_8);
        Arrival.Imported imported = Arrival.imported(file, new ScenarioValidator(LIMITS), LIMITS);
        assertEquals(
                "the field 'layers' appears more than once (line 1, column 27)",
                assertInstanceOf(Arrival.Imported.Refused.class, imported).message());
    }

    @Test
    void an_unknown_example_name_is_echoed_cut_and_with_its_invisible_characters_escaped() {
        String id = "xor\u202E" + "z".repeat(100);
        Arrival arrival = Arrival.of(Map.of("example", List.of(id)), "example=" + id, CODEC, LIMITS)
                .orElseThrow();
        assertEquals(
                "There is no example named 'xor\\u202E" + "z".repeat(36)
                        + "…'; this is the worked example of the chapter.",
                arrival.message().orElseThrow().text());
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        return out;
    }

    @Test
    void a_bare_page_has_no_arrival_and_an_example_arrives_with_what_to_look_at() {
        assertEquals(java.util.Optional.empty(), Arrival.of(Map.of(), "", CODEC, LIMITS));
        var xor = com.backproplab.scenario.Gallery.byId("xor").orElseThrow();
        Arrival arrival = Arrival.of(Map.of("example", List.of("xor")), "example=xor", CODEC, LIMITS)
                .orElseThrow();
        assertEquals(xor.scenario(), arrival.link().scenario());
        assertEquals(java.util.Optional.of(Note.info(xor.lookAt())), arrival.message());
    }

    @Test
    void a_link_arrives_as_it_is_and_a_broken_one_as_the_worked_example_with_why() {
        String query = CODEC.encode(new Permalink(SeedExample.scenario(), ViewState.DEFAULT));
        Arrival arrival = Arrival.of(parameters(query), query, CODEC, LIMITS).orElseThrow();
        assertEquals(SeedExample.scenario(), arrival.link().scenario());
        assertEquals(java.util.Optional.empty(), arrival.message());
        Arrival broken =
                Arrival.of(Map.of("v", List.of("9")), "v=9", CODEC, LIMITS).orElseThrow();
        assertEquals(SeedExample.scenario(), broken.link().scenario());
        assertTrue(broken.message().orElseThrow().error());
        assertTrue(broken.message().orElseThrow().text().endsWith(" Showing the worked example instead."));
    }

    @Test
    void a_file_within_the_page_budget_opens_and_one_with_too_many_samples_is_refused_by_its_samples() {
        byte[] seed = Exports.json(SeedExample.scenario());
        Arrival.Imported opened = Arrival.imported(seed, new ScenarioValidator(LIMITS), LIMITS);
        assertEquals(
                SeedExample.scenario(),
                assertInstanceOf(Arrival.Imported.Opened.class, opened).scenario());
        Scenario many = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 4, 2), 257, FillRule.ZEROS, 1);
        Arrival.Imported refused = Arrival.imported(
                ScenarioJson.write(many).toString().getBytes(StandardCharsets.UTF_8),
                new ScenarioValidator(LIMITS),
                LIMITS);
        assertEquals(
                "x: 257 samples; this page shows at most 256.",
                assertInstanceOf(Arrival.Imported.Refused.class, refused).message());
        Scenario most = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 4, 2), 256, FillRule.ZEROS, 1);
        assertInstanceOf(
                Arrival.Imported.Opened.class,
                Arrival.imported(
                        ScenarioJson.write(most).toString().getBytes(StandardCharsets.UTF_8),
                        new ScenarioValidator(LIMITS),
                        LIMITS));
    }

    @Test
    void the_skipped_check_and_the_diagnostics_say_their_names() {
        assertEquals("Skipped", CheckTables.skipped().getFirst().title());
        assertTrue(CheckTables.skipped().getFirst().note().startsWith("This network is too large to check"));
        assertEquals(List.of(), CheckTables.skipped().getFirst().cards());
        for (Diagnostic.Kind kind : Diagnostic.Kind.values()) {
            assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), kind.id());
        }
        assertEquals(
                SeedExample.scenario().network().architecture(),
                Draft.of(SeedExample.scenario()).architecture());
    }
}

package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.InvalidInputException;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The link's optional practice parameter: passes, chosen tables, and every refusal naming the parameter. */
class PracticePlanTest {

    private final PermalinkCodec codec = new PermalinkCodec(Limits.DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {"backward", "forward", "step", "dW2", "dW2,db2", "J2_1,dZ2_chain,A1_T,W1_next"})
    void a_plan_reads_back_from_its_own_link(String text) {
        PracticePlan plan = PracticePlan.read(text);
        assertEquals(text, plan.link());
        assertEquals(plan, PracticePlan.read(plan.link()));
    }

    @Test
    void a_link_with_an_exercise_round_trips_and_one_without_is_unchanged() throws Exception {
        Permalink plain = new Permalink(SeedExample.scenario(), ViewState.DEFAULT);
        String before = codec.encode(plain);
        assertTrue(!before.contains("practice"), before);
        Permalink exercise = plain.withPractice(PracticePlan.of(List.of(TableId.gradient(false, 2))));
        String link = codec.encode(exercise);
        assertTrue(link.endsWith("&practice=dW2"), link);
        assertEquals(exercise, codec.decode(link));
        assertEquals(plain, codec.decode(before));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "sideways| 'sideways' is not a table to practise",
                "W2| 'W2' is not a table to practise",
                "X| 'X' is not a table to practise",
                "dW2_numeric| 'dW2_numeric' is not a table to practise",
                "dW2,| '' is not a table to practise",
            })
    void an_unknown_value_is_refused_naming_the_parameter(String text, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PracticePlan.read(text));
        assertEquals("practice", e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void a_table_the_network_does_not_have_is_refused_naming_the_parameter() {
        String link = codec.encode(new Permalink(SeedExample.scenario(), ViewState.DEFAULT)) + "&practice=dW5";
        PermalinkException e = assertThrows(PermalinkException.class, () -> codec.decode(link));
        assertEquals("The link cannot be read: practice: this network has no table dW5.", e.getMessage());
    }

    @Test
    void too_many_tables_are_refused() {
        String many = String.join(",", java.util.Collections.nCopies(PracticePlan.MAX_TABLES + 1, "dW2"));
        assertThrows(InvalidInputException.class, () -> PracticePlan.read(many));
    }

    @Test
    void switching_a_table_adds_it_and_switching_it_again_takes_it_away() {
        TableId dW2 = TableId.gradient(false, 2);
        PracticePlan once = PracticePlan.NONE.toggled(dW2);
        assertEquals("dW2", once.link());
        assertTrue(once.toggled(dW2).isEmpty());
        assertEquals(List.of(), PracticePlan.read(null).tables());
    }

    @Test
    void as_many_tables_as_allowed_are_read() {
        String most = String.join(",", java.util.Collections.nCopies(PracticePlan.MAX_TABLES, "dW2"));
        assertEquals("dW2", PracticePlan.read(most).link(), "the same table named 64 times is one table");
    }
}

package com.backproplab.explorer;

import com.backproplab.math.InvalidNetworkException;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.PermalinkException;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.Echo;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.InvalidInputException;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.OptimizerJson;
import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.RequestSize;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.ScenarioValidator;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a visitor arrives at: the state an example, a link or an imported file describes, with the message
 * to show beside it; anything unreadable gives the worked example and says why.
 */
public record Arrival(Permalink link, Optional<Note> message) {

    /** What reading an imported file gave: a network to open with its optimizer, or why not. */
    public sealed interface Imported {
        record Opened(Scenario scenario, OptimizerSettings optimizer) implements Imported {}

        record Refused(String message) implements Imported {}
    }

    static Arrival workedExample(String message) {
        return new Arrival(new Permalink(SeedExample.scenario(), ViewState.DEFAULT), Optional.of(Note.error(message)));
    }

    /**
     * The arrival a query describes ({@code example=ID} or a permalink), or empty for a bare page.
     *
     * @param parameters the query's parameters by name
     * @param query the query string as it came, for the permalink reader
     */
    public static Optional<Arrival> of(
            Map<String, List<String>> parameters, String query, PermalinkCodec codec, Limits limits) {
        List<String> example = parameters.getOrDefault("example", List.of());
        if (!example.isEmpty()) {
            String id = example.getFirst();
            String practice = parameters.getOrDefault("practice", List.of()).stream()
                    .findFirst()
                    .orElse(null);
            return Optional.of(Gallery.byId(id)
                    .map(e -> exampleWith(e.scenario(), practice, e.lookAt()))
                    .orElseGet(() -> workedExample("There is no example named '" + Echo.of(id)
                            + "'; this is the worked example of the chapter.")));
        }
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        try {
            Permalink link = codec.decode(query);
            return Optional.of(showable(link.scenario(), limits)
                    .map(problem -> workedExample(problem + " Showing the worked example instead."))
                    .orElseGet(() -> new Arrival(link, Optional.empty())));
        } catch (PermalinkException e) {
            return Optional.of(workedExample(e.getMessage() + " Showing the worked example instead."));
        }
    }

    /** An example with the exercise of a link's {@code practice} value; one it cannot have is left out, saying so. */
    private static Arrival exampleWith(Scenario s, String practice, String lookAt) {
        try {
            return new Arrival(
                    new Permalink(s, ViewState.DEFAULT).withPractice(PermalinkCodec.practice(s, practice)),
                    Optional.of(Note.info(lookAt)));
        } catch (InvalidInputException e) {
            return new Arrival(
                    new Permalink(s, ViewState.DEFAULT),
                    Optional.of(Note.error("The exercise cannot be set: " + e.getMessage() + ".")));
        }
    }

    /**
     * The network of an imported JSON file (a request of {@code /api/v1/backprop}, optimizer fields included),
     * with the API's validation and messages.
     */
    public static Imported imported(byte[] data, ScenarioValidator validator, Limits limits) {
        Scenario s;
        OptimizerSettings o;
        try {
            JsonNode json = ScenarioJson.parse(data);
            s = validator.validate(ScenarioJson.read(json, OptimizerJson.FIELDS.toArray(String[]::new)));
            o = OptimizerJson.read(json, s.network().architecture());
        } catch (InvalidInputException | InvalidNetworkException e) {
            // "body" is the whole file: say what is wrong with it without the API's field name.
            String detail =
                    e.getMessage().startsWith("body: ") ? e.getMessage().substring("body: ".length()) : e.getMessage();
            return new Imported.Refused(detail);
        }
        return showable(s, limits).<Imported>map(Imported.Refused::new).orElseGet(() -> new Imported.Opened(s, o));
    }

    /** Why the page cannot show {@code s}, or empty; checked before any table of it is built. */
    private static Optional<String> showable(Scenario s, Limits limits) {
        int m = s.batch().size();
        if (m > limits.maxPageSamples()) {
            return Optional.of("x: " + m + " samples; this page shows at most " + limits.maxPageSamples() + ".");
        }
        return RequestSize.pageProblem(s.network().architecture().sizes(), m, limits)
                .map(problem -> "layers: " + problem);
    }
}

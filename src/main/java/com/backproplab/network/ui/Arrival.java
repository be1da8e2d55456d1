package com.backproplab.network.ui;

import com.backproplab.network.Gallery;
import com.backproplab.network.Scenario;
import com.backproplab.network.ScenarioJson;
import com.backproplab.network.ScenarioValidator;
import com.backproplab.network.SeedExample;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.PermalinkException;
import com.backproplab.permalink.ViewState;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a visitor arrives at: the state an example, a link or an imported file describes, with the message
 * to show beside it; anything unreadable gives the seed example and says why.
 */
record Arrival(Permalink link, String message) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Arrival seed(String message) {
        return new Arrival(new Permalink(SeedExample.scenario(), ViewState.DEFAULT), message);
    }

    /** The arrival a query describes: {@code example=ID}, a permalink, or nothing (null) for a bare page. */
    static Arrival of(QueryParameters q, PermalinkCodec codec) {
        List<String> example = q.getParameters().getOrDefault("example", List.of());
        if (!example.isEmpty()) {
            return Gallery.byId(example.getFirst())
                    .map(e -> new Arrival(new Permalink(e.scenario(), ViewState.DEFAULT), e.lookAt()))
                    .orElseGet(() -> seed(
                            "There is no example named '" + example.getFirst() + "'; this is the seed" + " example."));
        }
        if (q.getParameters().isEmpty()) {
            return null;
        }
        try {
            Permalink link = codec.decode(q.getQueryString());
            requireShowable(link.scenario());
            return new Arrival(link, null);
        } catch (PermalinkException | IllegalArgumentException e) {
            return seed(e.getMessage() + " Showing the seed example instead.");
        }
    }

    /** The scenario of an imported JSON file, with the API's validation; the message names what is wrong. */
    static Scenario imported(byte[] data, ScenarioValidator validator) {
        try {
            Scenario s = validator.validate(ScenarioJson.read(JSON.readTree(data)));
            requireShowable(s);
            return s;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the file is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void requireShowable(Scenario s) {
        if (s.batch().size() > ControlsPanel.MAX_UI_SAMPLES) {
            throw new IllegalArgumentException(
                    "x: " + s.batch().size() + " samples; this page shows at most " + ControlsPanel.MAX_UI_SAMPLES);
        }
    }
}

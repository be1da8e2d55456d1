package com.backproplab.permalink;

import com.backproplab.math.Network;
import com.backproplab.scenario.InvalidInputException;
import com.backproplab.scenario.LayerSizes;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioInput;
import com.backproplab.scenario.ScenarioValidator;
import com.backproplab.scenario.TableId;
import com.backproplab.scenario.TableShape;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The permalink format, version 1: a query string that names the architecture, the functions, α, every
 * matrix exactly and the view state, e.g.
 * {@code v=1&layers=3-4-2&act=relu&out=softmax&loss=ce&lr=0.1&X=2,8,6;1,2,3&Y=1,0;0,1&W1=…&b1=…}. Rows are
 * separated by {@code ;}, cells by {@code ,}; each double is the shortest decimal that reads back to the
 * same double. Past {@value #READABLE_LIMIT} characters the same text is deflated and written as
 * {@code v=1&z=BASE64URL}. The reader refuses, with a message, anything it cannot read exactly.
 */
public final class PermalinkCodec {

    /** The version this codec writes and reads. */
    public static final int VERSION = 1;

    /** The length above which the readable form gives way to the compressed one. */
    public static final int READABLE_LIMIT = 2000;

    /** The longest query string read, and the most a compressed one may inflate to. */
    static final int MAX_QUERY = 256 * 1024;

    static final int MAX_INFLATED = 1024 * 1024;

    private final ScenarioValidator validator;

    public PermalinkCodec(Limits limits) {
        this.validator = new ScenarioValidator(limits);
    }

    /** The query string (without {@code ?}) of {@code link}. */
    public String encode(Permalink link) {
        String full = encode(link, true, false);
        if (full.length() <= MAX_QUERY) {
            return full;
        }
        // Too long at the fast level: at the best one. A link the server would still refuse leaves the
        // optimizer's state out: the settings stay, t starts at 0.
        String smallest = encode(link, true, true);
        return smallest.length() <= MAX_QUERY ? smallest : encode(link, false, true);
    }

    private static String encode(Permalink link, boolean withState, boolean smallest) {
        String readable = readable(link, withState);
        if (readable.length() + 4 <= READABLE_LIMIT) {
            return "v=" + VERSION + "&" + readable;
        }
        return "v=" + VERSION + "&z=" + (smallest ? Compression.packSmallest(readable) : Compression.pack(readable));
    }

    private static String readable(Permalink link, boolean withState) {
        Scenario s = link.scenario();
        Network n = s.network();
        StringJoiner q = new StringJoiner("&");
        q.add("layers="
                + String.join(
                        "-",
                        n.architecture().sizes().stream().map(String::valueOf).toList()));
        q.add("act=" + n.architecture().hidden().id());
        q.add("out=" + n.architecture().output().activation().id());
        q.add("loss=" + (n.architecture().output().loss().id().equals("cross_entropy") ? "ce" : "mse"));
        q.add("lr=" + LinkNumbers.number(s.learningRate()));
        q.add("X=" + LinkNumbers.matrix(s.batch().x()));
        q.add("Y=" + LinkNumbers.matrix(s.batch().y()));
        for (int l = 0; l < n.architecture().depth(); l++) {
            q.add(TableId.weight(l + 1).name() + "=" + LinkNumbers.matrix(n.weight(l)));
            q.add(TableId.bias(l + 1).name() + "=" + LinkNumbers.matrix(n.bias(l)));
        }
        ViewState v = link.view();
        if (v.selected() != null) {
            q.add("sel=" + v.selected().table().name() + ":" + v.selected().row() + ","
                    + v.selected().col());
        }
        if (v.digits() != ViewState.DEFAULT.digits()) {
            q.add("digits=" + v.digits());
        }
        if (v.heat() != ColourScale.OFF) {
            q.add("heat=" + v.heat().link());
        }
        if (v.fill() != ViewState.DEFAULT.fill()) {
            q.add("fill=" + v.fill().id());
        }
        if (v.seed() != ViewState.DEFAULT.seed()) {
            q.add("seed=" + v.seed());
        }
        if (!link.practice().isEmpty()) {
            q.add("practice=" + link.practice().link());
        }
        OptimizerLink.write(q, link.optimizer(), n.architecture(), withState);
        return q.toString();
    }

    /** Reads {@code query} (with or without a leading {@code ?}), or says why it cannot. */
    public Permalink decode(String query) throws PermalinkException {
        if (query == null) {
            throw new PermalinkException("The link is empty.");
        }
        if (query.length() > MAX_QUERY) {
            throw new PermalinkException("The link is longer than " + MAX_QUERY + " characters.");
        }
        Map<String, String> p = parameters(query.startsWith("?") ? query.substring(1) : query);
        String version = p.get("v");
        if (version == null) {
            throw new PermalinkException("The link has no version (v=" + VERSION + ").");
        }
        if (!version.equals(String.valueOf(VERSION))) {
            throw new PermalinkException("The link is of version '" + Abbreviation.of(version)
                    + "'; this Backprop Lab reads" + " version " + VERSION + ".");
        }
        if (p.containsKey("z")) {
            String inner = Compression.unpack(p.get("z"), MAX_INFLATED);
            p = parameters(inner);
        }
        try {
            Scenario scenario = validator.validate(input(p));
            return new Permalink(
                    scenario,
                    ViewStateReader.view(p),
                    practice(scenario, p.get("practice")),
                    OptimizerLink.read(p, scenario.network().architecture()));
        } catch (IllegalArgumentException e) {
            throw new PermalinkException("The link cannot be read: " + e.getMessage() + ".");
        }
    }

    /** The exercise of {@code text} (null for none) on {@code s}; every table it names must be one of s. */
    public static PracticePlan practice(Scenario s, String text) {
        PracticePlan plan = PracticePlan.read(text);
        for (TableId t : plan.tables()) {
            if (TableShape.of(s, t).isEmpty()) {
                throw new InvalidInputException("practice", "this network has no table " + t.name());
            }
        }
        return plan;
    }

    private static ScenarioInput input(Map<String, String> p) {
        List<Integer> layers = switch (LayerSizes.read(require(p, "layers"))) {
            case LayerSizes.Parsed.Sizes sizes -> sizes.sizes();
            case LayerSizes.Parsed.Problem problem -> throw new InvalidInputException("layers", problem.message());
        };
        int depth = layers.size() - 1;
        List<double[][]> w = new ArrayList<>();
        List<double[][]> b = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            String weight = TableId.weight(l).name();
            String bias = TableId.bias(l).name();
            w.add(LinkNumbers.matrix(weight, require(p, weight)));
            b.add(LinkNumbers.matrix(bias, require(p, bias)));
        }
        String loss = require(p, "loss");
        return new ScenarioInput(
                layers,
                require(p, "act"),
                require(p, "out"),
                loss.equals("ce") ? "cross_entropy" : loss,
                LinkNumbers.scalar("lr", require(p, "lr")),
                LinkNumbers.matrix("X", require(p, "X")),
                LinkNumbers.matrix("Y", require(p, "Y")),
                w,
                b);
    }

    private static String require(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null) {
            throw new InvalidInputException(key, "missing");
        }
        return v;
    }

    private static Map<String, String> parameters(String query) throws PermalinkException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = urlDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : urlDecode(pair.substring(eq + 1));
            out.put(key, value);
        }
        return out;
    }

    private static String urlDecode(String s) throws PermalinkException {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PermalinkException("The link has a broken %-escape.");
        }
    }
}

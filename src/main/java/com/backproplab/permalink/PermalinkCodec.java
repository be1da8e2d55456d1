package com.backproplab.permalink;

import com.backproplab.math.Network;
import com.backproplab.network.CellParser;
import com.backproplab.network.CellRef;
import com.backproplab.network.FillRule;
import com.backproplab.network.InvalidInputException;
import com.backproplab.network.Limits;
import com.backproplab.network.Scenario;
import com.backproplab.network.ScenarioInput;
import com.backproplab.network.ScenarioValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.apache.commons.math3.linear.RealMatrix;

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

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final ScenarioValidator validator;

    public PermalinkCodec(Limits limits) {
        this.validator = new ScenarioValidator(limits);
    }

    /** The query string (without {@code ?}) of {@code link}. */
    public String encode(Permalink link) {
        String readable = readable(link);
        if (readable.length() + 4 <= READABLE_LIMIT) {
            return "v=" + VERSION + "&" + readable;
        }
        return "v=" + VERSION + "&z=" + Compression.pack(readable);
    }

    private static String readable(Permalink link) {
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
        q.add("lr=" + number(s.learningRate()));
        q.add("X=" + matrix(s.batch().x()));
        q.add("Y=" + matrix(s.batch().y()));
        for (int l = 0; l < n.architecture().depth(); l++) {
            q.add("W" + (l + 1) + "=" + matrix(n.weight(l)));
            q.add("b" + (l + 1) + "=" + matrix(n.bias(l)));
        }
        ViewState v = link.view();
        if (v.selected() != null) {
            q.add("sel=" + v.selected().matrix() + ":" + v.selected().row() + ","
                    + v.selected().col());
        }
        if (v.digits() != ViewState.DEFAULT.digits()) {
            q.add("digits=" + v.digits());
        }
        if (v.heat()) {
            q.add("heat=1");
        }
        if (v.fill() != ViewState.DEFAULT.fill()) {
            q.add("fill=" + v.fill().id());
        }
        if (v.seed() != ViewState.DEFAULT.seed()) {
            q.add("seed=" + v.seed());
        }
        return q.toString();
    }

    /**
     * The shortest decimal that reads back to {@code v} (the digits of Java's {@code Double.toString}),
     * written plainly between 1e−5 and 1e7 and with "e" outside, without a trailing ".0".
     */
    static String number(double v) {
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-5 && magnitude < 1e7) {
            String plain = new java.math.BigDecimal(Double.toString(v))
                    .stripTrailingZeros()
                    .toPlainString();
            return v == 0 ? (1 / v < 0 ? "-0" : "0") : plain;
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return e < 0 ? mantissa : mantissa + "e" + s.substring(e + 1);
    }

    private static String matrix(RealMatrix m) {
        StringJoiner rows = new StringJoiner(";");
        for (double[] row : m.getData()) {
            StringJoiner cells = new StringJoiner(",");
            for (double v : row) {
                cells.add(number(v));
            }
            rows.add(cells.toString());
        }
        return rows.toString();
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
            throw new PermalinkException("The link is of version '" + abbreviate(version) + "'; this Backprop Lab reads"
                    + " version " + VERSION + ".");
        }
        if (p.containsKey("z")) {
            String inner = Compression.unpack(p.get("z"), MAX_INFLATED);
            p = parameters(inner);
        }
        try {
            Scenario scenario = validator.validate(input(p));
            return new Permalink(scenario, view(p, scenario));
        } catch (IllegalArgumentException e) {
            throw new PermalinkException("The link cannot be read: " + e.getMessage() + ".");
        }
    }

    private static ScenarioInput input(Map<String, String> p) {
        List<Integer> layers = layers(require(p, "layers"));
        int depth = layers.size() - 1;
        List<double[][]> w = new ArrayList<>();
        List<double[][]> b = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            w.add(matrix("W" + l, require(p, "W" + l)));
            b.add(matrix("b" + l, require(p, "b" + l)));
        }
        String loss = require(p, "loss");
        return new ScenarioInput(
                layers,
                require(p, "act"),
                require(p, "out"),
                loss.equals("ce") ? "cross_entropy" : loss,
                scalar("lr", require(p, "lr")),
                matrix("X", require(p, "X")),
                matrix("Y", require(p, "Y")),
                w,
                b);
    }

    private static ViewState view(Map<String, String> p, Scenario scenario) {
        ViewState d = ViewState.DEFAULT;
        int digits = p.containsKey("digits") ? (int) bounded("digits", p.get("digits"), 2, 17) : d.digits();
        boolean heat = "1".equals(p.get("heat"));
        FillRule fill = d.fill();
        if (p.containsKey("fill")) {
            fill = switch (p.get("fill")) {
                case "zeros" -> FillRule.ZEROS;
                case "random" -> FillRule.RANDOM;
                default -> throw new InvalidInputException("fill", "expected zeros or random");
            };
        }
        long seed =
                p.containsKey("seed") ? bounded("seed", p.get("seed"), Integer.MIN_VALUE, Integer.MAX_VALUE) : d.seed();
        return new ViewState(selected(p.get("sel")), digits, heat, fill, seed);
    }

    private static CellRef selected(String sel) {
        if (sel == null) {
            return null;
        }
        int colon = sel.indexOf(':');
        int comma = sel.indexOf(',', Math.max(colon, 0));
        if (colon < 1 || comma < 0 || !NAME.matcher(sel.substring(0, colon)).matches() || sel.length() > 64) {
            throw new InvalidInputException("sel", "expected NAME:row,col");
        }
        int row = (int) bounded("sel", sel.substring(colon + 1, comma), 0, 10_000);
        int col = (int) bounded("sel", sel.substring(comma + 1), 0, 10_000);
        return new CellRef(sel.substring(0, colon), row, col);
    }

    private static long bounded(String field, String text, long min, long max) {
        if (!text.matches("-?\\d{1,10}")) {
            throw new InvalidInputException(field, "'" + abbreviate(text) + "' is not a whole number");
        }
        long v = Long.parseLong(text);
        if (v < min || v > max) {
            throw new InvalidInputException(field, "expected " + min + " to " + max + ", got " + v);
        }
        return v;
    }

    private static List<Integer> layers(String text) {
        if (!text.matches("\\d{1,3}(-\\d{1,3}){1,9}")) {
            throw new InvalidInputException("layers", "expected sizes joined by '-', such as 3-4-2");
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split("-")) {
            sizes.add(Integer.parseInt(part));
        }
        return sizes;
    }

    private static double[][] matrix(String field, String text) {
        String[] rows = text.split(";", -1);
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split(",", -1);
            out[r] = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                out[r][c] = scalar(field + "[" + r + "][" + c + "]", cells[c]);
            }
        }
        return out;
    }

    private static double scalar(String field, String text) {
        return switch (CellParser.parse(text)) {
            case CellParser.Result.Value v -> v.value();
            case CellParser.Result.Invalid i -> throw new InvalidInputException(field, abbreviate(i.reason()));
        };
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

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

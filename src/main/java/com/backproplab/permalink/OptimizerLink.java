package com.backproplab.permalink;

import com.backproplab.math.Architecture;
import com.backproplab.math.Matrices;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.scenario.InvalidInputException;
import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.OptimizerStateJson;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The optional optimizer parameters of a version-1 link: {@code opt} (gd, momentum, rmsprop, adam) with its
 * settings {@code mu}, {@code nesterov}, {@code rho}, {@code beta1}, {@code beta2}, {@code eps}; weight decay
 * {@code wd}; batch size {@code bs}; and the state once a step was taken: {@code t} and each buffer of each
 * parameter as {@code m_W1}, {@code v_b2}, {@code s_W1}, …. A link without them means plain gradient
 * descent, as before.
 */
final class OptimizerLink {

    private OptimizerLink() {}

    /** Adds the parameters of {@code settings} to {@code q}; nothing for plain gradient descent. */
    static void write(StringJoiner q, OptimizerSettings settings, Architecture architecture, boolean withState) {
        Optimization o = settings.optimization();
        switch (o.optimizer()) {
            case Optimizer.GradientDescent g -> {}
            case Optimizer.Momentum m -> {
                q.add("opt=momentum").add("mu=" + LinkNumbers.number(m.momentum()));
                if (m.nesterov()) {
                    q.add("nesterov=1");
                }
            }
            case Optimizer.RmsProp r ->
                q.add("opt=rmsprop")
                        .add("rho=" + LinkNumbers.number(r.alpha()))
                        .add("eps=" + LinkNumbers.number(r.epsilon()));
            case Optimizer.Adam a ->
                q.add("opt=adam")
                        .add("beta1=" + LinkNumbers.number(a.beta1()))
                        .add("beta2=" + LinkNumbers.number(a.beta2()))
                        .add("eps=" + LinkNumbers.number(a.epsilon()));
        }
        if (o.weightDecay() != 0) {
            q.add("wd=" + LinkNumbers.number(o.weightDecay()));
        }
        if (o.batchSize() != 0) {
            q.add("bs=" + o.batchSize());
        }
        Optional<OptimizerState> state = settings.state().filter(s -> withState && s.t() > 0);
        if (state.isEmpty()) {
            return;
        }
        q.add("t=" + state.get().t());
        List<String> names = OptimizerStateJson.bufferNames(o.optimizer());
        if (o.optimizer().hasFirst()) {
            buffer(q, names.getFirst(), state.get().first(), architecture);
        }
        if (o.optimizer().hasSecond()) {
            buffer(q, names.getLast(), state.get().second(), architecture);
        }
    }

    private static void buffer(StringJoiner q, String name, List<RealMatrix> buffers, Architecture architecture) {
        for (int p = 0; p < buffers.size(); p++) {
            q.add(key(name, p) + "=" + LinkNumbers.matrix(buffers.get(p)));
        }
    }

    private static String key(String buffer, int p) {
        return buffer + "_" + TableId.parameter(p % 2 == 1, p / 2 + 1).name();
    }

    /** The settings a link names, or plain gradient descent; a bad value names its parameter. */
    static OptimizerSettings read(Map<String, String> p, Architecture architecture) {
        String name = p.getOrDefault("opt", "gd");
        Optimizer optimizer = switch (name) {
            case "gd" -> Optimizer.gradientDescent();
            case "momentum" -> {
                double mu = unit(p, "mu", Optimizer.Momentum.DEFAULT_MOMENTUM);
                boolean nesterov = "1".equals(p.get("nesterov"));
                if (nesterov && mu == 0) {
                    throw new InvalidInputException("nesterov", "Nesterov needs a momentum above 0");
                }
                yield new Optimizer.Momentum(mu, nesterov);
            }
            case "rmsprop" ->
                new Optimizer.RmsProp(
                        unit(p, "rho", Optimizer.RmsProp.DEFAULT_ALPHA), epsilon(p, Optimizer.RmsProp.DEFAULT_EPSILON));
            case "adam" ->
                new Optimizer.Adam(
                        unit(p, "beta1", Optimizer.Adam.DEFAULT_BETA1),
                        unit(p, "beta2", Optimizer.Adam.DEFAULT_BETA2),
                        epsilon(p, Optimizer.Adam.DEFAULT_EPSILON));
            default ->
                throw new InvalidInputException(
                        "opt",
                        "unknown optimizer '" + Abbreviation.of(name) + "'; allowed: gd, momentum, rmsprop, adam");
        };
        double wd = p.containsKey("wd") ? LinkNumbers.scalar("wd", p.get("wd")) : 0;
        if (wd < 0) {
            throw new InvalidInputException("wd", "expected a number ≥ 0, got " + wd);
        }
        int bs = p.containsKey("bs") ? whole(p.get("bs")) : 0;
        Optimization o = new Optimization(optimizer, wd, bs);
        if (!p.containsKey("t")) {
            return new OptimizerSettings(o, Optional.empty());
        }
        int t = (int) whole(p.get("t"), "t", 0);
        List<String> names = OptimizerStateJson.bufferNames(optimizer);
        List<RealMatrix> first = optimizer.hasFirst() ? buffers(p, names.getFirst(), architecture, false) : List.of();
        List<RealMatrix> second = optimizer.hasSecond() ? buffers(p, names.getLast(), architecture, true) : List.of();
        return new OptimizerSettings(o, Optional.of(new OptimizerState(t, first, second)));
    }

    private static List<RealMatrix> buffers(Map<String, String> p, String name, Architecture a, boolean squares) {
        List<RealMatrix> out = new ArrayList<>();
        List<Integer> s = a.sizes();
        for (int i = 0; i < 2 * a.depth(); i++) {
            String key = key(name, i);
            String text = p.get(key);
            if (text == null) {
                throw new InvalidInputException(key, "missing; a link with t has every buffer of its optimizer");
            }
            double[][] m = LinkNumbers.matrix(key, text);
            int rows = i % 2 == 1 ? 1 : s.get(i / 2);
            int cols = s.get(i / 2 + 1);
            if (m.length != rows || m[0].length != cols) {
                throw new InvalidInputException(key, "expected " + rows + "×" + cols + " like its parameter");
            }
            for (double[] row : m) {
                if (row.length != cols) {
                    throw new InvalidInputException(key, "expected " + rows + "×" + cols + " like its parameter");
                }
                for (double v : row) {
                    if (squares && v < 0) {
                        throw new InvalidInputException(key, "a mean of squares cannot be negative (" + v + ")");
                    }
                }
            }
            out.add(Matrices.of(m));
        }
        return out;
    }

    private static double unit(Map<String, String> p, String key, double otherwise) {
        double v = p.containsKey(key) ? LinkNumbers.scalar(key, p.get(key)) : otherwise;
        if (!(v >= 0 && v < 1)) {
            throw new InvalidInputException(key, "expected a number from 0 to below 1, got " + v);
        }
        return v;
    }

    private static double epsilon(Map<String, String> p, double otherwise) {
        double v = p.containsKey("eps") ? LinkNumbers.scalar("eps", p.get("eps")) : otherwise;
        if (!(v > 0)) {
            throw new InvalidInputException("eps", "expected a number above 0, got " + v);
        }
        return v;
    }

    private static int whole(String text) {
        return (int) whole(text, "bs", 1);
    }

    private static long whole(String text, String key, long min) {
        try {
            long v = Long.parseLong(text);
            if (v < min || v > Integer.MAX_VALUE) {
                throw new InvalidInputException(key, "expected a whole number from " + min + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "'" + Abbreviation.of(text) + "' is not a whole number");
        }
    }
}

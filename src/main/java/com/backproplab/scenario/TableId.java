package com.backproplab.scenario;

import com.backproplab.math.ParameterRef;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The identity of one table the product shows, typed: its kind, its layer (1-based, as in the chapter's
 * W1, Z2, …; 0 for X, Y and the loss), the sample of a per-sample table (the softmax Jacobians; else 0) and
 * its variant. Its {@link #name()} is the public {@code data-matrix} name, the CSV file name and the
 * permalink's {@code sel} table: {@code X}, {@code Y}, {@code W1}, {@code b1}, {@code Z1}, {@code A1},
 * {@code loss}, {@code dA2}, {@code J2_0}, {@code dZ2_chain}, {@code dZ2}, {@code A1_T}, {@code dW2},
 * {@code db2}, {@code fprime1}, {@code W1_old}, {@code W1_step}, {@code W1_next}, {@code dW1_numeric},
 * {@code dW1_error}; with an optimizer {@code dW1_decay}, {@code W1_v}, {@code W1_v_next}, {@code W1_mhat},
 * {@code W1_update}, ….
 */
public record TableId(Kind kind, int layer, int sample, Variant variant) {

    /** What a table holds, with the prefix of its name and the variants it comes in. */
    public enum Kind {
        X("X", false, Variant.NONE),
        Y("Y", false, Variant.NONE),
        W("W", true, Variant.NONE, Variant.OLD, Variant.STEP, Variant.NEXT, Variant.OPTIMIZER_TABLES),
        B("b", true, Variant.NONE, Variant.OLD, Variant.STEP, Variant.NEXT, Variant.OPTIMIZER_TABLES),
        Z("Z", true, Variant.NONE),
        A("A", true, Variant.NONE, Variant.TRANSPOSED),
        LOSS("loss", false, Variant.NONE),
        DA("dA", true, Variant.NONE),
        JACOBIAN("J", true, Variant.NONE),
        DZ("dZ", true, Variant.NONE, Variant.CHAIN),
        FPRIME("fprime", true, Variant.NONE),
        DW("dW", true, Variant.NONE, Variant.NUMERIC, Variant.ERROR, Variant.DECAY),
        DB("db", true, Variant.NONE, Variant.NUMERIC, Variant.ERROR);

        private final String prefix;
        private final boolean layered;
        private final Set<Variant> variants;

        Kind(String prefix, boolean layered, Variant first, Variant... more) {
            this.prefix = prefix;
            this.layered = layered;
            this.variants = EnumSet.of(first, more);
        }

        Kind(String prefix, boolean layered, Variant a, Variant b, Variant c, Variant d, Variant[] optimizer) {
            this(prefix, layered, a, b, c, d);
            variants.addAll(java.util.List.of(optimizer));
        }

        /** The start of the table's name, e.g. {@code dW}. */
        public String prefix() {
            return prefix;
        }
    }

    /** Which form of the kind: the table itself, or one derived from it. */
    public enum Variant {
        NONE(""),
        /** dZ of the output layer by the chain rule through dL/dŶ. */
        CHAIN("_chain"),
        /** A layer's input, transposed: ∂Z/∂W. */
        TRANSPOSED("_T"),
        /** A parameter before the step. */
        OLD("_old"),
        /** −α times the parameter's gradient. */
        STEP("_step"),
        /** A parameter after the step. */
        NEXT("_next"),
        /** A gradient by finite differences. */
        NUMERIC("_numeric"),
        /** The relative error of the analytic gradient against the numeric one. */
        ERROR("_error"),
        /** dW + λ·W, the gradient of the loss with its weight-decay penalty. */
        DECAY("_decay"),
        /** Momentum's or Adam's v before the step, and after it. */
        V("_v"),
        V_NEXT("_v_next"),
        /** RMSProp's s before the step, and after it. */
        S("_s"),
        S_NEXT("_s_next"),
        /** Adam's m before the step, and after it. */
        M("_m"),
        M_NEXT("_m_next"),
        /** Adam's bias-corrected m̂ and v̂. */
        M_HAT("_mhat"),
        V_HAT("_vhat"),
        /** Nesterov's direction g + μ·v. */
        DIRECTION("_dir"),
        /** What the optimizer subtracts: W_next = W − update. */
        UPDATE("_update");

        /** The optimizer's tables of a parameter, e.g. {@code W2_m}, {@code W2_mhat}, {@code W2_update}. */
        static final Variant[] OPTIMIZER_TABLES = {V, V_NEXT, S, S_NEXT, M, M_NEXT, M_HAT, V_HAT, DIRECTION, UPDATE};

        private final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The kinds tried when reading a name, longest prefix first so that {@code dW} is not read as {@code d…}. */
    private static final Kind[] BY_PREFIX_LENGTH = {
        Kind.FPRIME,
        Kind.LOSS,
        Kind.DA,
        Kind.DZ,
        Kind.DW,
        Kind.DB,
        Kind.X,
        Kind.Y,
        Kind.W,
        Kind.B,
        Kind.Z,
        Kind.A,
        Kind.JACOBIAN
    };

    public TableId {
        if (kind.layered ? layer < 1 : layer != 0) {
            throw new IllegalArgumentException(kind + ": layer " + layer);
        }
        if (kind == Kind.JACOBIAN ? sample < 0 : sample != 0) {
            throw new IllegalArgumentException(kind + ": sample " + sample);
        }
        if (!kind.variants.contains(variant)) {
            throw new IllegalArgumentException(kind + " has no variant " + variant);
        }
    }

    public static final TableId X = new TableId(Kind.X, 0, 0, Variant.NONE);
    public static final TableId Y = new TableId(Kind.Y, 0, 0, Variant.NONE);
    public static final TableId LOSS = new TableId(Kind.LOSS, 0, 0, Variant.NONE);

    /** The table {@code kind} of layer {@code layer} (1-based), in its plain variant. */
    public static TableId of(Kind kind, int layer) {
        return new TableId(kind, layer, 0, Variant.NONE);
    }

    /** W_layer (1-based). */
    public static TableId weight(int layer) {
        return of(Kind.W, layer);
    }

    /** b_layer (1-based). */
    public static TableId bias(int layer) {
        return of(Kind.B, layer);
    }

    /** W_layer or b_layer (1-based). */
    public static TableId parameter(boolean bias, int layer) {
        return bias ? bias(layer) : weight(layer);
    }

    /** dW_layer or db_layer (1-based). */
    public static TableId gradient(boolean bias, int layer) {
        return of(bias ? Kind.DB : Kind.DW, layer);
    }

    /** The softmax Jacobian of output layer {@code layer} for sample {@code k}. */
    public static TableId jacobian(int layer, int k) {
        return new TableId(Kind.JACOBIAN, layer, k, Variant.NONE);
    }

    /** This table in another variant. */
    public TableId with(Variant v) {
        return new TableId(kind, layer, sample, v);
    }

    /** The public name, e.g. {@code dW2}, {@code J2_0}, {@code W1_next}. */
    public String name() {
        String number = kind.layered ? String.valueOf(layer) : "";
        String sampleSuffix = kind == Kind.JACOBIAN ? "_" + sample : "";
        return kind.prefix + number + sampleSuffix + variant.suffix;
    }

    @Override
    public String toString() {
        return name();
    }

    /** Whether the user edits this table: X, Y and the plain W and b. */
    public boolean editable() {
        return variant == Variant.NONE && (kind == Kind.X || kind == Kind.Y || kind == Kind.W || kind == Kind.B);
    }

    /**
     * The parameter element a cell of this table stands for: any W or b table and its gradient tables
     * (dW2, W2_next, dW2_error, …) name the element at the same row and column of W2; other tables none.
     */
    public Optional<ParameterRef> parameterAt(int row, int col) {
        return switch (kind) {
            case W, DW -> Optional.of(ParameterRef.weight(layer - 1, row, col));
            case B, DB -> Optional.of(ParameterRef.bias(layer - 1, col));
            default -> Optional.empty();
        };
    }

    /** The name of the W or b table of a parameter element, e.g. {@code W2}. */
    public static TableId of(ParameterRef p) {
        return parameter(p.bias(), p.layer() + 1);
    }

    /** The table a public name stands for, or empty for a name that is none. */
    public static Optional<TableId> parse(String name) {
        if (name == null || name.length() > 32) {
            return Optional.empty();
        }
        for (Kind kind : BY_PREFIX_LENGTH) {
            if (name.startsWith(kind.prefix)) {
                Optional<TableId> id = parseAfterPrefix(kind, name.substring(kind.prefix.length()));
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TableId> parseAfterPrefix(Kind kind, String rest) {
        int digits = 0;
        while (digits < rest.length() && digits < 3 && Character.isDigit(rest.charAt(digits))) {
            digits++;
        }
        if (kind.layered != (digits > 0) || (digits > 1 && rest.charAt(0) == '0')) {
            return Optional.empty();
        }
        int layer = digits == 0 ? 0 : Integer.parseInt(rest.substring(0, digits));
        String suffix = rest.substring(digits);
        if (kind == Kind.JACOBIAN) {
            return layer >= 1 ? jacobianSample(suffix).map(k -> jacobian(layer, k)) : Optional.empty();
        }
        for (Variant v : kind.variants) {
            if (v.suffix.equals(suffix)) {
                return layer >= (kind.layered ? 1 : 0) ? Optional.of(new TableId(kind, layer, 0, v)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> jacobianSample(String suffix) {
        if (suffix.length() < 2
                || suffix.length() > 6
                || suffix.charAt(0) != '_'
                || suffix.startsWith("_0") && suffix.length() > 2) {
            return Optional.empty();
        }
        for (int i = 1; i < suffix.length(); i++) {
            if (!Character.isDigit(suffix.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(suffix.substring(1)));
    }
}

package com.backproplab.explorer;

import com.backproplab.math.Architecture;
import com.backproplab.math.OutputActivation;
import com.backproplab.scenario.TableId;
import com.backproplab.scenario.TableId.Kind;
import com.backproplab.scenario.TableId.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which tables the formula of each table reads, as its cell explanation ({@link CellExplainer}) writes
 * them: Z2 reads A1, W2 and b2; dW2 reads A1 and dZ2; and so on. A table on which a practised, unsolved
 * table's value depends would give the answer away, so practice hides every table that reads a hidden one.
 */
public final class TableDependencies {

    private TableDependencies() {}

    /** The tables whose numbers the formula of {@code t} reads directly, for architecture {@code a} and m samples. */
    public static List<TableId> reads(TableId t, Architecture a, int samples) {
        int l = t.layer();
        int depth = a.depth();
        List<TableId> out = new ArrayList<>();
        switch (t.kind()) {
            case X, Y, W, B -> {
                if (t.variant() == Variant.OLD) {
                    // The explanation of W_old also tells dW and the value after the step.
                    out.add(TableId.parameter(t.kind() == Kind.B, l));
                    out.add(TableId.gradient(t.kind() == Kind.B, l));
                    out.add(t.with(Variant.NEXT));
                } else if (t.variant() == Variant.STEP) {
                    out.add(TableId.gradient(t.kind() == Kind.B, l));
                } else if (t.variant() == Variant.NEXT) {
                    out.add(TableId.parameter(t.kind() == Kind.B, l));
                    out.add(TableId.gradient(t.kind() == Kind.B, l));
                } else if (t.kind() == Kind.W || t.kind() == Kind.B) {
                    // A weight's explanation also tells its gradient and its value after the step.
                    out.add(TableId.gradient(t.kind() == Kind.B, l));
                    out.add(t.with(Variant.NEXT));
                }
            }
            case Z -> {
                out.add(input(l));
                out.add(TableId.weight(l));
                out.add(TableId.bias(l));
            }
            case A -> out.add(t.variant() == Variant.TRANSPOSED ? input(l + 1) : TableId.of(Kind.Z, l));
            case LOSS, JACOBIAN -> {
                out.add(TableId.of(Kind.A, depth));
                if (t.kind() == Kind.LOSS) {
                    out.add(TableId.Y);
                }
            }
            case DA -> {
                if (l == depth) {
                    out.add(TableId.of(Kind.A, depth));
                    out.add(TableId.Y);
                } else {
                    out.add(TableId.of(Kind.DZ, l + 1));
                    out.add(TableId.weight(l + 1));
                }
            }
            case DZ -> {
                boolean fused =
                        l == depth && t.variant() == Variant.NONE && a.output().hasFusedGradient();
                if (fused) {
                    out.add(TableId.of(Kind.A, depth));
                    out.add(TableId.Y);
                } else if (l == depth) {
                    out.add(TableId.of(Kind.DA, depth));
                    if (a.output().activation() == OutputActivation.SOFTMAX) {
                        for (int k = 0; k < samples; k++) {
                            out.add(TableId.jacobian(depth, k));
                        }
                    } else {
                        out.add(TableId.of(Kind.A, depth));
                    }
                } else {
                    out.add(TableId.of(Kind.DA, l));
                    out.add(TableId.of(Kind.FPRIME, l));
                }
            }
            case FPRIME -> out.add(TableId.of(Kind.Z, l));
            case DW, DB -> {
                if (t.variant() != Variant.NONE) {
                    out.add(TableId.gradient(t.kind() == Kind.DB, l));
                } else {
                    if (t.kind() == Kind.DW) {
                        out.add(input(l));
                    }
                    out.add(TableId.of(Kind.DZ, l));
                }
            }
        }
        return out;
    }

    /** The input of weight layer {@code layer} (1-based): X, or A of the layer before. */
    private static TableId input(int layer) {
        return layer == 1 ? TableId.X : TableId.of(Kind.A, layer - 1);
    }
}

package com.backproplab.scenario;

import com.backproplab.math.Network;
import java.util.StringJoiner;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A standalone NumPy script that recomputes and prints the tables of a scenario with the same conventions
 * (rows are samples, Z = A·W + b, the mean loss, the single 1/m in dL/dŶ). Every number is written as
 * Java's shortest round-trip decimal, which Python reads back to the same double.
 */
public final class NumpyScript {

    private NumpyScript() {}

    public static String of(Scenario s) {
        Network n = s.network();
        StringBuilder py = new StringBuilder();
        py.append("\"\"\"Backprop Lab export: recomputes every table of this network with NumPy (float64).\"\"\"\n")
                .append("import numpy as np\n\n")
                .append("np.set_printoptions(precision=17, floatmode=\"unique\", linewidth=160)\n\n")
                .append("X = ")
                .append(array(s.batch().x()))
                .append('\n')
                .append("Y = ")
                .append(array(s.batch().y()))
                .append('\n');
        StringJoiner w = new StringJoiner(",\n     ", "[", "]");
        StringJoiner b = new StringJoiner(",\n     ", "[", "]");
        for (int l = 0; l < n.architecture().depth(); l++) {
            w.add(array(n.weight(l)));
            b.add(array(n.bias(l)));
        }
        py.append("W = ")
                .append(w)
                .append('\n')
                .append("b = ")
                .append(b)
                .append('\n')
                .append("lr = ")
                .append(Double.toString(s.learningRate()))
                .append('\n')
                .append("hidden = \"")
                .append(n.architecture().hidden().id())
                .append("\"\n")
                .append("output = \"")
                .append(n.architecture().output().activation().id())
                .append("\"\n")
                .append("loss = \"")
                .append(n.architecture().output().loss().id())
                .append("\"\n")
                .append(BODY);
        return py.toString();
    }

    private static String array(RealMatrix m) {
        StringJoiner rows = new StringJoiner(", ", "np.array([", "])");
        for (double[] row : m.getData()) {
            StringJoiner cells = new StringJoiner(", ", "[", "]");
            for (double v : row) {
                cells.add(Double.toString(v));
            }
            rows.add(cells.toString());
        }
        return rows.toString();
    }

    private static final String BODY = """

            def f(z):
                return {"relu": np.maximum(z, 0.0), "leaky_relu": np.where(z > 0, z, 0.01 * z),
                        "sigmoid": 1 / (1 + np.exp(-z)), "tanh": np.tanh(z), "linear": z}[hidden]


            def f_prime(z, a):
                return {"relu": (z > 0) * 1.0, "leaky_relu": np.where(z > 0, 1.0, 0.01),
                        "sigmoid": a * (1 - a), "tanh": 1 - a * a, "linear": np.ones_like(z)}[hidden]


            def g(z):
                if output == "softmax":
                    e = np.exp(z - z.max(axis=1, keepdims=True))
                    return e / e.sum(axis=1, keepdims=True)
                return 1 / (1 + np.exp(-z)) if output == "sigmoid" else z


            m, depth = X.shape[0], len(W)
            A, Z = [X], []
            for l in range(depth):
                Z.append(A[-1] @ W[l] + b[l])
                A.append(f(Z[-1]) if l < depth - 1 else g(Z[-1]))
            Y_hat = A[-1]
            if loss == "mse":
                per_sample = 0.5 * ((Y_hat - Y) ** 2).sum(axis=1)
                dA = (Y_hat - Y) / m
            elif output == "softmax":
                z = Z[-1] - Z[-1].max(axis=1, keepdims=True)
                log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
                per_sample = -(Y * log_p).sum(axis=1)
                dA = -Y / (m * Y_hat)
            else:
                per_sample = (np.logaddexp(0, Z[-1]) - Y * Z[-1]).sum(axis=1)
                dA = (-Y / Y_hat + (1 - Y) / (1 - Y_hat)) / m
            print("loss per sample =", per_sample)
            print("L =", repr(float(per_sample.mean())))
            for l in range(depth):
                print(f"Z{l + 1} =", Z[l], sep="\\n")
                print(f"A{l + 1} =", A[l + 1], sep="\\n")
            print(f"dA{depth} =", dA, sep="\\n")
            if loss == "cross_entropy" or output == "linear":
                dZ = (Y_hat - Y) / m
            elif output == "softmax":
                dZ = Y_hat * (dA - (Y_hat * dA).sum(axis=1, keepdims=True))
            else:
                dZ = dA * Y_hat * (1 - Y_hat)
            dW, db = [None] * depth, [None] * depth
            for l in range(depth - 1, -1, -1):
                print(f"dZ{l + 1} =", dZ, sep="\\n")
                dW[l] = A[l].T @ dZ
                db[l] = dZ.sum(axis=0, keepdims=True)
                print(f"dW{l + 1} =", dW[l], sep="\\n")
                print(f"db{l + 1} =", db[l], sep="\\n")
                if l > 0:
                    dA_prev = dZ @ W[l].T
                    print(f"dA{l} =", dA_prev, sep="\\n")
                    dZ = dA_prev * f_prime(Z[l - 1], A[l])
            for l in range(depth):
                print(f"W{l + 1}_next =", W[l] - lr * dW[l], sep="\\n")
                print(f"b{l + 1}_next =", b[l] - lr * db[l], sep="\\n")
            """;
}

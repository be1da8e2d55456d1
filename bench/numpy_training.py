"""Full-batch training in NumPy, the same three cases as TrainingBenchmark.java.

(a) the seed network, 100,000 steps; (b) 150 samples, 4-8-3 softmax, 10,000 steps;
(c) 1,024 samples, 64-128-10, 300 steps. ReLU hidden layers, softmax with mean cross-entropy,
the loss computed at every step as the engine does. Prints the best of several runs; arguments: the
number of runs, and optionally one case's name.
"""
import sys
import time

import numpy as np


def train(x, y, ws, bs, lr, steps):
    ws = [w.copy() for w in ws]
    bs = [b.copy() for b in bs]
    m = x.shape[0]
    depth = len(ws)
    loss = 0.0
    for _ in range(steps + 1):
        zs, acts = [], [x]
        for l in range(depth):
            z = acts[-1] @ ws[l] + bs[l]
            zs.append(z)
            if l < depth - 1:
                acts.append(np.maximum(z, 0.0))
            else:
                shifted = z - z.max(axis=1, keepdims=True)
                log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
                acts.append(np.exp(log_p))
        loss = -(y * log_p).sum() / m
        if _ == steps:
            break
        dz = (acts[-1] - y) / m
        for l in range(depth - 1, -1, -1):
            dw = acts[l].T @ dz
            db = dz.sum(axis=0, keepdims=True)
            if l > 0:
                da = dz @ ws[l].T
                dz = da * (zs[l - 1] > 0)
            ws[l] -= lr * dw
            bs[l] -= lr * db
    return loss


def seed_case():
    x = np.array([[2.0, 8, 6], [1, 2, 3]])
    y = np.array([[1.0, 0], [0, 1]])
    w1 = np.array([[-0.00885127, -0.00528875, -0.00062892, 0.01330022],
                   [0.00045693, 0.00057812, 0.00184987, 0.00878082],
                   [-0.00098337, 0.01788674, -0.00878302, 0.00338431]])
    w2 = np.array([[0.00263928, -0.00881749], [-0.0067974, -0.00869512],
                   [-0.00402919, 0.01688775], [-0.01814645, -0.00337234]])
    return x, y, [w1, w2], [np.zeros((1, 4)), np.zeros((1, 2))]


def random_case(m, sizes, seed):
    rng = np.random.default_rng(seed)
    ws = [rng.normal(0, np.sqrt(2.0 / sizes[l]), (sizes[l], sizes[l + 1])) for l in range(len(sizes) - 1)]
    bs = [np.zeros((1, sizes[l + 1])) for l in range(len(sizes) - 1)]
    y = np.zeros((m, sizes[-1]))
    y[np.arange(m), rng.integers(0, sizes[-1], m)] = 1
    return rng.normal(0, 1, (m, sizes[0])), y, ws, bs


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    only = sys.argv[2] if len(sys.argv) > 2 else None
    cases = [("a", seed_case(), 100_000), ("b", random_case(150, [4, 8, 3], 1), 10_000),
             ("c", random_case(1024, [64, 128, 10], 2), 300)]
    for name, (x, y, ws, bs), steps in cases:
        if only is not None and name != only:
            continue
        train(x, y, ws, bs, 0.1, max(1, steps // 20))
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            loss = train(x, y, ws, bs, 0.1, steps)
            best = min(best, time.perf_counter() - t0)
        print(f"numpy {name:4s} {steps:8d} steps  {best:9.4f} s  ({best / steps * 1e6:.2f} µs/step)  final loss {loss:.6f}")


if __name__ == "__main__":
    main()

"""Golden values of torch.optim (float64) for the optimizer tests of Backprop Lab.

Regenerate (needs PyTorch, e.g. Debian's python3-torch 1.13.1; CI does not run this, the JSON is checked in):

    /usr/bin/python3 src/test/python/optim_golden.py > src/test/resources/golden/optimizer-golden.json

Two networks: the worked example (3-4-2 ReLU, softmax + mean cross-entropy, 2 samples; mini-batches of 1)
and a 3-4-3 tanh network on 5 samples (mini-batches of 2: rows 0-1, 2-3, 4). Every optimizer (gd, momentum,
momentum with Nesterov, rmsprop, adam) runs 50 steps with and without weight decay (0.01, on the weights
only: the biases are in a parameter group with weight_decay 0) and with and without mini-batches (step t
uses batch t mod ceil(m/b), in order, no shuffling; the loss of a batch is its mean). Recorded: the loss of
each step (batch mean plus (lambda/2) sum W^2, before the step), the weights, biases and optimizer state
after steps 1, 2 and 50.
"""
import json
import math
import pathlib

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
HERE = pathlib.Path(__file__).resolve().parent
SEED = json.loads((HERE.parent / "resources/golden/seed-example-golden.json").read_text())["inputs"]


def tanh_network():
    rng = np.random.RandomState(7)
    return {
        "hidden": "tanh",
        "X": rng.normal(0, 1, (5, 3)).round(4).tolist(),
        "Y": np.eye(3)[[0, 1, 2, 1, 0]].tolist(),
        "W1": rng.normal(0, 0.5, (3, 4)).round(4).tolist(),
        "b1": rng.normal(0, 0.1, (1, 4)).round(4).tolist(),
        "W2": rng.normal(0, 0.5, (4, 3)).round(4).tolist(),
        "b2": rng.normal(0, 0.1, (1, 3)).round(4).tolist(),
        "batchSize": 2,
    }


NETWORKS = {
    "seed": {"hidden": "relu", **{k: SEED[k] for k in ("X", "Y", "W1", "b1", "W2", "b2")}, "batchSize": 1},
    "tanh": tanh_network(),
}

OPTIMIZERS = {
    "gd": ({"name": "gd"}, 0.1),
    "momentum": ({"name": "momentum", "momentum": 0.9, "nesterov": False}, 0.05),
    "nesterov": ({"name": "momentum", "momentum": 0.9, "nesterov": True}, 0.05),
    "rmsprop": ({"name": "rmsprop", "alpha": 0.99, "epsilon": 1e-8}, 0.01),
    "adam": ({"name": "adam", "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}, 0.01),
}


def make_optimizer(spec, lr, weights, biases, wd):
    groups = [{"params": weights, "weight_decay": wd}, {"params": biases, "weight_decay": 0.0}]
    name = spec["name"]
    if name == "gd":
        return torch.optim.SGD(groups, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(groups, lr=lr, momentum=spec["momentum"], nesterov=spec["nesterov"])
    if name == "rmsprop":
        return torch.optim.RMSprop(groups, lr=lr, alpha=spec["alpha"], eps=spec["epsilon"])
    return torch.optim.Adam(groups, lr=lr, betas=(spec["beta1"], spec["beta2"]), eps=spec["epsilon"])


def state_of(opt, params, spec):
    name = spec["name"]
    keys = {"gd": [], "momentum": ["momentum_buffer"], "rmsprop": ["square_avg"], "adam": ["exp_avg", "exp_avg_sq"]}[name]
    first = second = []
    if name == "momentum":
        first = [opt.state[p]["momentum_buffer"].tolist() for p in params]
    if name == "rmsprop":
        second = [opt.state[p]["square_avg"].tolist() for p in params]
    if name == "adam":
        first = [opt.state[p]["exp_avg"].tolist() for p in params]
        second = [opt.state[p]["exp_avg_sq"].tolist() for p in params]
    assert all(k in opt.state[params[0]] for k in keys)
    return {"first": first, "second": second}


def run(net, spec, lr, wd, batch_size, steps=50):
    x = torch.tensor(net["X"])
    y = torch.tensor(net["Y"])
    params = [torch.tensor(net[k], requires_grad=True) for k in ("W1", "b1", "W2", "b2")]
    w1, b1, w2, b2 = params
    opt = make_optimizer(spec, lr, [w1, w2], [b1, b2], wd)
    m = x.shape[0]
    b = batch_size or m
    count = math.ceil(m / b)
    act = torch.relu if net["hidden"] == "relu" else torch.tanh
    losses, snapshots = [], {}
    for t in range(steps):
        i = t % count
        xb, yb = x[i * b:(i + 1) * b], y[i * b:(i + 1) * b]
        opt.zero_grad()
        z2 = act(xb @ w1 + b1) @ w2 + b2
        data = -(yb * torch.log_softmax(z2, dim=1)).sum(dim=1).mean()
        data.backward()
        with torch.no_grad():
            penalty = wd / 2 * ((w1 * w1).sum() + (w2 * w2).sum())
        losses.append(float(data) + float(penalty))
        opt.step()
        if t + 1 in (1, 2, steps):
            snapshots[str(t + 1)] = {
                "weights": [w1.tolist(), w2.tolist()],
                "biases": [b1.tolist(), b2.tolist()],
                **state_of(opt, params, spec),
            }
    return {"loss": losses, "after": snapshots}


def main():
    cases = []
    for net_name, net in NETWORKS.items():
        for opt_name, (spec, lr) in OPTIMIZERS.items():
            for wd in (0.0, 0.01):
                for batch_size in (0, net["batchSize"]):
                    result = run(net, spec, lr, wd, batch_size)
                    cases.append({
                        "network": net_name, "case": opt_name, "optimizer": spec, "learningRate": lr,
                        "weightDecay": wd, "batchSize": batch_size, **result,
                    })
    out = {
        "generator": "src/test/python/optim_golden.py, torch " + torch.__version__ + ", float64",
        "convention": "rows are samples; Z = X W + b; softmax + mean cross-entropy of the batch; "
                      "state lists in the order W1, b1, W2, b2; first = momentum_buffer or exp_avg, "
                      "second = square_avg or exp_avg_sq; loss[t] is before step t+1 and includes (wd/2) sum W^2; "
                      "batchSize 0 = whole batch",
        "networks": NETWORKS,
        "cases": cases,
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

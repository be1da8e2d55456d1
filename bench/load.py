#!/usr/bin/env python3
"""Load test of one Backprop Lab server on loopback, bounded in time and count; stdlib only.

Mixes, for DURATION seconds: HEAVY threads sending worst-case /api/v1/train requests (each from its own
client address through X-Forwarded-For, so that the per-client share does not hide the global limit), SMALL
threads timing the worked example's /api/v1/backprop, and PAGES threads opening page sessions (GET /, which
creates a session) and /actuator/health; with BENCH_CP set to a classpath with the test classes and
Playwright (bench/load.sh sets it), also two real pages in headless Chromium editing cells all along
(com.backproplab.bench.PageSessions), whose edit latency it prints. Prints the small request's latency, the answers by status, and
whether the server answers normally again afterwards; with BENCH_PID set to the server's process id, also
its heap (jcmd GC.heap_info every 2 s, and after a full GC at the end). Usage: load.py BASE_URL [DURATION] [HEAVY]
"""
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:18180"
DURATION = min(float(sys.argv[2]) if len(sys.argv) > 2 else 30.0, 120.0)
HEAVY = min(int(sys.argv[3]) if len(sys.argv) > 3 else 32, 64)
SMALL, PAGES = 2, 2
MAX_REQUESTS = 20000
url = urllib.parse.urlparse(BASE)

SEED = json.dumps({
    "layers": [3, 4, 2], "hiddenActivation": "relu", "outputActivation": "softmax", "loss": "cross_entropy",
    "learningRate": 0.1, "x": [[2, 8, 6], [1, 2, 3]], "y": [[1, 0], [0, 1]],
    "weights": [[[-0.00885127, -0.00528875, -0.00062892, 0.01330022], [0.00045693, 0.00057812, 0.00184987, 0.00878082],
                 [-0.00098337, 0.01788674, -0.00878302, 0.00338431]],
                [[0.00263928, -0.00881749], [-0.0067974, -0.00869512], [-0.00402919, 0.01688775], [-0.01814645, -0.00337234]]],
    "biases": [[[0, 0, 0, 0]], [[0, 0]]]})
# The worst run the default budget allows: a 1-wide network of 7 weight layers, 1,000 samples, 12,518 steps.
WORST = json.dumps({
    "layers": [1] * 8, "hiddenActivation": "tanh", "outputActivation": "sigmoid", "loss": "cross_entropy",
    "learningRate": 0.1, "x": [[k / 1000] for k in range(1000)], "y": [[k % 2] for k in range(1000)],
    "weights": [[[0.5]]] * 7, "biases": [[[0]]] * 7, "steps": 12518})

lock = threading.Lock()
statuses = {}
small_ms = []
sent = [0]
stop = time.time() + DURATION


def request(method, path, body=None, headers=None, timeout=60):
    c = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        r.read()
        return r.status
    finally:
        c.close()


def count(kind, status):
    with lock:
        statuses[(kind, status)] = statuses.get((kind, status), 0) + 1
        sent[0] += 1
        return sent[0] < MAX_REQUESTS


def heavy(i):
    headers = {"Content-Type": "application/json", "X-Forwarded-For": "10.1.0.%d" % (i + 1)}
    while time.time() < stop:
        try:
            status = request("POST", "/api/v1/train", WORST, headers, timeout=120)
        except Exception as e:
            status = type(e).__name__
        if not count("train", status):
            return
        if status == 503:
            time.sleep(0.5)


def small():
    headers = {"Content-Type": "application/json"}
    while time.time() < stop:
        t = time.perf_counter()
        try:
            status = request("POST", "/api/v1/backprop", SEED, headers, timeout=30)
        except Exception as e:
            status = type(e).__name__
        with lock:
            small_ms.append((time.perf_counter() - t) * 1000)
        if not count("backprop", status):
            return
        time.sleep(0.05)


def pages():
    while time.time() < stop:
        for path in ("/?example=xor", "/actuator/health"):
            try:
                status = request("GET", path, timeout=30)
            except Exception as e:
                status = type(e).__name__
            if not count("page" if path.startswith("/?") else "health", status):
                return
        time.sleep(0.2)


heap_mb = []
PID = os.environ.get("BENCH_PID")


def heap_used():
    out = subprocess.run(["jcmd", PID, "GC.heap_info"], capture_output=True, text=True).stdout
    m = re.search(r"used (\d+)K", out)
    return int(m.group(1)) / 1024 if m else float("nan")


def sample_heap():
    while time.time() < stop:
        heap_mb.append(heap_used())
        time.sleep(2)


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(p / 100 * len(v)))] if v else float("nan")


threads = [threading.Thread(target=heavy, args=(i,)) for i in range(HEAVY)]
threads += [threading.Thread(target=small) for _ in range(SMALL)]
threads += [threading.Thread(target=pages) for _ in range(PAGES)]
if PID:
    threads.append(threading.Thread(target=sample_heap))
print("load: %d heavy /train clients, %d small /backprop, %d page openers, %.0f s on %s" % (HEAVY, SMALL, PAGES, DURATION, BASE))
editors = None
if os.environ.get("BENCH_CP"):
    editors = subprocess.Popen(
        ["java", "-cp", os.environ["BENCH_CP"], "com.backproplab.bench.PageSessions", "edits", BASE,
         str(DURATION), "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
for t in threads:
    t.start()
for t in threads:
    t.join()
if editors:
    out, _ = editors.communicate(timeout=DURATION + 120)
    print("\n".join(line for line in out.splitlines() if line.startswith("page edits")) or out[-500:])
print("small /backprop during the load: n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms" % (
    len(small_ms), pct(small_ms, 50), pct(small_ms, 95), max(small_ms or [0])))
for (kind, status), n in sorted(statuses.items(), key=str):
    print("  %-8s %-22s %d" % (kind, status, n))
errors = sum(n for (k, s), n in statuses.items() if s not in (200, 503))
print("answers other than 200 and 503: %d" % errors)
time.sleep(3)
after = []
for _ in range(20):
    t = time.perf_counter()
    s = request("POST", "/api/v1/backprop", SEED, {"Content-Type": "application/json"})
    after.append(((time.perf_counter() - t) * 1000, s))
ok = all(s == 200 for _, s in after) and request("GET", "/actuator/health") == 200
if PID:
    subprocess.run(["jcmd", PID, "GC.run"], capture_output=True)
    print("heap during the load: max %.0f MB used; after a full GC: %.0f MB" % (max(heap_mb), heap_used()))
print("after the load: %s, small /backprop p95=%.0f ms" % ("recovered" if ok else "NOT recovered", pct([a for a, _ in after], 95)))

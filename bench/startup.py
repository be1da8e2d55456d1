"""Start-up of the packaged jar to its first served page, with and without the JDK's AOT cache.

Times each launch from starting `java` until `GET /` first answers 200, polling every 5 ms. Three ways:
the fat jar as built (`java -jar app.jar`), the jar extracted by Spring Boot's tools
(`java -Djarmode=tools -jar app.jar extract`), and that extracted jar with an AOT cache
(`-XX:AOTCache=app.aot`, JDK 25, JEP 483/514/515) made by one training run that serves `/` once and
exits on SIGTERM. Prints the median and the best of the runs for each.
Usage: python3 bench/startup.py JAR [runs] [port]
"""
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request


def wait_for_page(port, process, limit=180.0):
    """Seconds until GET / answers 200; fails if the process dies or the limit passes."""
    start = time.perf_counter()
    url = f"http://localhost:{port}/"
    while time.perf_counter() - start < limit:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.005)
    raise RuntimeError(f"no page within {limit} s")


def launch(java_args, port, cwd, log):
    command = ["java", *java_args, f"--server.port={port}"]
    t0 = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_page(port, process)
        return time.perf_counter() - t0
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def main():
    jar = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 18081
    work = tempfile.mkdtemp(prefix="startup-")
    try:
        app = os.path.join(work, "application")
        subprocess.run(["java", "-Djarmode=tools", "-jar", jar, "extract", "--destination", app],
                       check=True, stdout=subprocess.DEVNULL)
        extracted = os.path.join(app, os.path.basename(jar))
        with open(os.path.join(work, "server.log"), "w") as log:
            # Training run: start, serve / once, exit on SIGTERM; the JVM writes the cache as it exits.
            launch(["-XX:AOTCacheOutput=app.aot", "-jar", extracted], port, app, log)
            cache = os.path.join(app, "app.aot")
            print(f"AOT cache: {os.path.getsize(cache) / 2**20:.0f} MB")
            ways = [("fat jar", ["-jar", jar]),
                    ("extracted jar", ["-jar", extracted]),
                    ("extracted jar + AOT cache", ["-XX:AOTCache=app.aot", "-jar", extracted])]
            times = {name: [] for name, _ in ways}
            for _ in range(runs):
                for name, args in ways:
                    times[name].append(launch(args, port, app, log))
        base = statistics.median(times["fat jar"])
        for name, values in times.items():
            median = statistics.median(values)
            print(f"start-up to first page, {name:26s} median {median:6.2f} s  best {min(values):6.2f} s"
                  f"  ({(1 - median / base) * 100:.0f} % less than the fat jar)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

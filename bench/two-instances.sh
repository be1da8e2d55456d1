#!/usr/bin/env bash
# Two instances of the packaged jar on loopback behind nginx (Debian's package), with cookie-based sticky
# sessions and passive health checks. Shows that new page sessions spread over both instances and stay on
# theirs, then kills one instance (SIGKILL) while an API client keeps posting, and checks that every page
# user can go on (their page's URL opens on the other instance) and that API clients see no error.
# Loopback only; bounded (about a minute); stops everything it started.
# Needs: nginx (apt-get install -y nginx), a JDK 21+, python3, chromium (Debian), and ./mvnw -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.check.skip=true -Dvaadin.skip
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
JAR=$(ls target/backprop-lab-*.jar | head -n 1)
PROXY=${BENCH_PROXY_PORT:-18180} A=${BENCH_A_PORT:-18181} B=${BENCH_B_PORT:-18182}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for port in $A $B; do
  java -Xmx512m -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 >"$WORK/app-$port.log" 2>&1 &
  PIDS+=($!)
done
APP_A=${PIDS[0]}

cat >"$WORK/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  # Sticky by a cookie nginx sets: a visitor without one gets a random key, hashed to an instance; the
  # cookie keeps the visitor there. If that instance is down, the consistent hash picks the other one.
  map \$cookie_bpl_route \$route { default \$cookie_bpl_route; '' \$request_id; }
  upstream app {
    hash \$route consistent;
    server 127.0.0.1:$A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$B max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$PROXY;
    client_max_body_size 3m;
    large_client_header_buffers 4 512k;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_read_timeout 120s;
      # Passive health check: a refused connection or a 502/503 moves the request to the other instance.
      # The API is stateless, so retrying a POST there is safe.
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_connect_timeout 2s;
      add_header Set-Cookie "bpl_route=\$route; Path=/; HttpOnly; SameSite=Lax" always;
      add_header X-Instance \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
PIDS+=($!)

for port in $A $B; do
  for _ in $(seq 90); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 1
  done
done
BASE="http://127.0.0.1:$PROXY"
echo "== two instances ($A, $B) behind nginx on $PROXY"

echo "== 20 new visitors open a page"
for i in $(seq 20); do
  curl -s -o /dev/null -c "$WORK/visitor-$i" -D "$WORK/headers-$i" "$BASE/?example=xor"
  grep -i '^x-instance' "$WORK/headers-$i" | tr -d '\r' | awk '{print $2}' >"$WORK/instance-$i"
done
cat "$WORK"/instance-* | sort | uniq -c | sed 's/^/   sessions on /'
moved=0
for i in $(seq 20); do
  again=$(curl -s -o /dev/null -b "$WORK/visitor-$i" -D - "$BASE/?example=xor" | grep -i '^x-instance' | tr -d '\r' | awk '{print $2}')
  [ "$again" = "$(cat "$WORK/instance-$i")" ] || moved=$((moved + 1))
done
echo "   visitors who came back and landed on another instance: $moved (sticky: expected 0)"

echo "== six browser pages (each its own cookies) edit W1[0,0] of the XOR example to a value of their own"
java -cp "$CP" com.backproplab.bench.PageSessions failover "$BASE" "$WORK/pages-ready" "$WORK/killed" 6 \
  >"$WORK/pages.txt" 2>&1 &
PAGES=$!
for _ in $(seq 120); do [ -f "$WORK/pages-ready" ] && break; sleep 0.5; done
sort "$WORK/pages-ready" | uniq -c | sed 's/^/   pages on /'

echo "== an API client posts /api/v1/backprop for 12 s; instance $A is killed (SIGKILL) after 4 s"
python3 - "$BASE" >"$WORK/api.txt" <<'PY' &
import http.client, json, sys, time, urllib.parse
u = urllib.parse.urlparse(sys.argv[1])
body = json.dumps({"layers": [3, 4, 2], "hiddenActivation": "relu", "outputActivation": "softmax",
    "loss": "cross_entropy", "learningRate": 0.1, "x": [[2, 8, 6], [1, 2, 3]], "y": [[1, 0], [0, 1]],
    "weights": [[[0.1] * 4] * 3, [[0.1] * 2] * 4], "biases": [[[0] * 4], [[0] * 2]]})
ok = bad = 0
end = time.time() + 12
while time.time() < end and ok + bad < 5000:
    try:
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
        c.request("POST", "/api/v1/backprop", body, {"Content-Type": "application/json"})
        r = c.getresponse(); r.read(); c.close()
        ok, bad = (ok + 1, bad) if r.status == 200 else (ok, bad + 1)
    except Exception:
        bad += 1
    time.sleep(0.01)
print(ok, bad)
PY
API=$!
sleep 4
kill -9 "$APP_A"
touch "$WORK/killed"
wait "$API" || true
read -r ok bad <"$WORK/api.txt"
echo "   API answers: $ok ok, $bad errors"

echo "== every visitor reloads their page's address"
fine=0
for i in $(seq 20); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/visitor-$i" "$BASE/?example=xor")
  [ "$code" = 200 ] && fine=$((fine + 1))
done
echo "   pages that opened again: $fine of 20 (their state is in the address; a new session on $B)"

echo "== the six browser pages reload their address after the kill"
wait "$PAGES" || true
grep -E '^   ' "$WORK/pages.txt" || tail -5 "$WORK/pages.txt"

# Build: the Maven wrapper on a JDK 25 image. The committed production bundle means no Node is needed
# unless the frontend changed; Vaadin downloads Node 24 itself where it must.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -DexcludeReactor=true || true
COPY package.json package-lock.json ./
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp package -DskipTests -Dspotless.check.skip=true

# Run: the jar on a JRE 25 image, as a non-root user.
FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --home /app app \
    && apt-get update && apt-get install -y --no-install-recommends curl libopenblas0 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The jar extracted (app.jar plus lib/) and a JDK 25 AOT cache (JEP 483/514) from one training run that
# serves / once and exits on SIGTERM: the server reaches its first page in about half the time
# (bench/startup.sh; docs/decisions/DD002-engine-speed.md). The cache belongs to this JRE and this jar; a JVM
# that cannot use it says so and starts without it.
COPY --from=build /src/target/backprop-lab-*.jar /tmp/app.jar
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app && rm /tmp/app.jar \
    && (java -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput=/app/app.aot -jar /app/app.jar --server.port=8081 & pid=$!; \
        for _ in $(seq 240); do curl -fso /dev/null http://localhost:8081/ && break; sleep 0.5; done; \
        kill -TERM $pid; wait $pid || true) \
    && test -s /app/app.aot
USER app
EXPOSE 8080
# A server that stops answering (a stuck poller, a full heap) fails the check within about 30 s: curl gives
# up after 3 s, so a hung server is as unhealthy as a dead one. Docker alone only marks the container
# unhealthy; an orchestrator (or `docker run --restart`, after the JVM exits) replaces it.
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=3 \
    CMD curl -fsS --max-time 3 http://localhost:8080/actuator/health/liveness || exit 1
# -XX:+ExitOnOutOfMemoryError: after an OutOfMemoryError the JVM exits instead of limping on with dead
# threads (an OOM can kill Tomcat's poller and leave a process that answers nothing); the restart policy
# brings a fresh one, and the pages reload their state from their URLs.
# -XX:MaxRAMPercentage=75: the heap follows the container's memory limit, leaving room for the rest.
# A graceful shutdown (server.shutdown=graceful) needs the JVM to get SIGTERM: java is PID 1 here.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]

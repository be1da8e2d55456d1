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
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/backprop-lab-*.jar app.jar
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]

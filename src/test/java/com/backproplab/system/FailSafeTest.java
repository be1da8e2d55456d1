package com.backproplab.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** What keeps a server from limping on, and what lets it stop cleanly. */
@SpringBootTest
class FailSafeTest {

    @Autowired
    Environment environment;

    @Test
    void the_image_exits_on_an_out_of_memory_error_and_its_health_check_sees_a_hung_server() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String entrypoint = dockerfile
                .lines()
                .filter(l -> l.startsWith("ENTRYPOINT"))
                .findFirst()
                .orElseThrow();
        assertTrue(entrypoint.contains("\"-XX:+ExitOnOutOfMemoryError\""), entrypoint);
        assertTrue(entrypoint.contains("\"-XX:MaxRAMPercentage=75\""), entrypoint);
        assertTrue(dockerfile.contains("curl -fsS --max-time 3 http://localhost:8080/actuator/health/liveness"));
    }

    @Test
    void the_server_shuts_down_gracefully() {
        assertEquals("graceful", environment.getProperty("server.shutdown"));
    }

    @Test
    void abandoned_tabs_and_idle_sessions_are_released_within_minutes() {
        assertEquals("60", environment.getProperty("vaadin.heartbeatInterval"));
        assertEquals("true", environment.getProperty("vaadin.closeIdleSessions"));
        assertEquals("30m", environment.getProperty("server.servlet.session.timeout"));
    }

    @Test
    void the_build_stops_at_once_on_a_jdk_older_than_the_code_needs() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<requireJavaVersion>"), "the enforcer rule");
        assertTrue(pom.contains("<version>[${java.version},)</version>"), "the JDK the code is compiled for");
        assertTrue(pom.contains("Point JAVA_HOME at a JDK"), "the message says what to do");
    }
}

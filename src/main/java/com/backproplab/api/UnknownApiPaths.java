package com.backproplab.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Paths under {@code /api} that no endpoint serves answer 404 (as problem+json, by the error page), not the
 * explorer's page: the explorer's router takes every path nothing else took. This mapping comes after the
 * controllers', so a known path with the wrong method or type still gets its 405 or 415.
 */
@Configuration
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return mapping;
    }
}

package com.backproplab.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A cap on open page sessions ({@code backprop.limits.max-sessions}): a visitor without a session who opens
 * the page while the cap is reached gets a short page saying the server is full (503 with
 * {@code Retry-After}), instead of a session that would take the heap of everyone else. Visitors who have a
 * session keep it; the API and static files need none.
 */
class SessionLimit extends OncePerRequestFilter implements HttpSessionListener {

    static final int RETRY_AFTER_SECONDS = 60;

    private final int maxSessions;
    private final AtomicInteger open = new AtomicInteger();

    SessionLimit(int maxSessions) {
        this.maxSessions = maxSessions;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }

    /** Sessions open now. */
    int open() {
        return open.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || path.startsWith("/api/")
                || path.startsWith("/actuator/")
                || path.startsWith("/VAADIN/")
                || last.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null || open.get() < maxSessions) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType("text/html;charset=utf-8");
        response.getWriter()
                .write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Backprop Lab is full</title></head><body class=\"server-full\">"
                        + "<h1>Backprop Lab is full right now</h1><p>" + maxSessions
                        + " pages are open, the most this server holds. Please try again in a minute:"
                        + " reloading this address keeps the network it describes.</p>"
                        + "<p>The JSON API at /api/v1 still answers.</p></body></html>");
    }
}

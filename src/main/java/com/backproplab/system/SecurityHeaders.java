package com.backproplab.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer. The page's policy was measured, not guessed: a browser test
 * (SecurityHeadersIT) collects every violation report while the page loads, edits, trains, draws its charts
 * and formulas and imports. Vaadin's bootstrap writes inline scripts and inline styles, and its components
 * set styles at run time, so {@code 'unsafe-inline'} stays for both. Flow runs the server's JavaScript
 * calls through {@code new Function(…)}: without {@code 'unsafe-eval'} the page did not render at all (the
 * first run of that test, with the policy without it), so it stays too. Links
 * carry the whole state in their query, so the referrer never leaves the site.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** The page's policy: everything from this origin, inline scripts and styles, no framing elsewhere. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /** The API's policy: an answer is data, never a document that loads anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
        chain.doFilter(request, response);
    }
}

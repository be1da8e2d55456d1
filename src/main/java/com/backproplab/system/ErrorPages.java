package com.backproplab.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to every error that reaches the container's error page: problem+json under {@code /api}, a
 * short page elsewhere; each with the error's own status, never a stack trace, never the fallback page.
 * Opening {@code /error} itself is a 404. It replaces Spring Boot's error controller, which answered some
 * of these with a 500 (a content type it could not write) or its Whitelabel page.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        String path = uri instanceof String s ? s : request.getRequestURI();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith(request.getContextPath() + "/api")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(problem(status, detail(status, request, response)));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(status));
        }
    }

    private static String detail(int status, HttpServletRequest request, HttpServletResponse response) {
        return switch (status) {
            case 404 -> "no such endpoint; the API has POST /api/v1/backprop and POST /api/v1/train";
            case 405 ->
                "only " + (response.getHeader("Allow") == null ? "POST" : response.getHeader("Allow"))
                        + " is allowed here";
            case 415 -> "send the body as Content-Type: application/json";
            case 406 -> "the answer is JSON: accept application/json or application/problem+json";
            default -> reason(status);
        };
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + json(reason(status)) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}";
    }

    private static String page(int status) {
        String title = HtmlUtils.htmlEscape(status + " " + reason(status));
        String text = status == 404
                ? "There is no page here."
                : status < 500
                        ? "The request was not understood."
                        : "The server could not answer. The error has been logged.";
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " · Backprop Lab</title></head><body><h1>" + title + "</h1><p>" + text
                + "</p><p><a href=\"/\">Back to the worked example</a></p></body></html>";
    }

    private static String reason(int status) {
        HttpStatus s = HttpStatus.resolve(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

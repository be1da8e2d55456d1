package com.backproplab.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;

/**
 * Tomcat's answer to the requests it refuses itself, before the app sees them: the app's own short page
 * instead of Tomcat's. The common case is a link over the server's header limit
 * ({@code server.max-http-request-header-size}, read from the connector), which gets the limit and what to
 * do instead.
 */
public class TomcatErrorAnswers extends ErrorReportValve {

    /** Made by Tomcat's host, by its class name. */
    public TomcatErrorAnswers() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** The connector's limit on a request's header, where the link is: {@code server.max-http-request-header-size}. */
    private static String headerLimit(Request request) {
        if (request.getConnector() != null
                && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
            return (http.getMaxHttpRequestHeaderSize() / 1024) + " KB";
        }
        return "the server's limit";
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String text = status == 400
                ? "The server could not read this request. If you opened a link of Backprop Lab: links are"
                        + " accepted up to " + headerLimit(request) + " (about 30 bytes a parameter), and this one is"
                        + " longer. Save larger"
                        + " networks with Export → JSON and open them with Import JSON…."
                : "The server could not answer this request (HTTP " + status + ").";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backprop Lab"
                        + "</title></head><body><h1>This request was not accepted</h1><p>" + text
                        + "</p><p><a href=\"/\">Open the worked example</a></p></body></html>");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer was already sent: nothing more to say.
        }
    }
}

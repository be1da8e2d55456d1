package com.backproplab.api;

import com.backproplab.math.InvalidNetworkException;
import com.backproplab.math.ShapeException;
import com.backproplab.scenario.InvalidInputException;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every rejection of the API into {@code application/problem+json}, whatever the client accepts;
 * never a stack trace, a class name or a parser's internals. Errors that happen before a controller is
 * chosen (405, 415, 406, unknown paths) are answered alike by the error page (system/ErrorPages).
 */
@RestControllerAdvice(basePackageClasses = BackpropController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return answer(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.field(), new HttpHeaders());
    }

    @ExceptionHandler({ShapeException.class, InvalidNetworkException.class})
    ResponseEntity<Object> invalidNetwork(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, "Invalid network", e.getMessage(), null, new HttpHeaders());
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<Object> tooLarge(TooLargeException e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "Over a limit", e.getMessage(), e.field(), new HttpHeaders());
    }

    @ExceptionHandler(ServerBusyException.class)
    ResponseEntity<Object> busy(ServerBusyException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(HeavyRequests.RETRY_AFTER_SECONDS));
        return answer(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Busy",
                e.getMessage() + "; try again in " + HeavyRequests.RETRY_AFTER_SECONDS + " s",
                null,
                headers);
    }

    /** A client that went away mid-answer: nobody to answer, nothing wrong with the server. */
    @ExceptionHandler(ClientAbortException.class)
    void clientGone(ClientAbortException e) {
        LOG.debug("API client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) throws Exception {
        if (e instanceof IOException && e.getCause() instanceof ClientAbortException) {
            LOG.debug("API client went away: {}", e.getMessage());
            return null;
        }
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        LOG.error("Unexpected error in the API", e);
        return answer(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "the server could not compute this answer; the error has been logged",
                null,
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "Invalid input", "body: not readable", "body", headers);
    }

    /** Spring's own answers (405, 415, 406 …) with the content type fixed, so that no Accept can refuse them. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(e, body, headers, status, request);
        if (entity == null) {
            return null;
        }
        HttpHeaders fixed = new HttpHeaders();
        fixed.addAll(entity.getHeaders());
        fixed.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(entity.getBody(), fixed, entity.getStatusCode());
    }

    private static ResponseEntity<Object> answer(
            HttpStatus status, String title, String detail, String field, HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, headers, status);
    }
}

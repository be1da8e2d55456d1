package com.backproplab.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter on its own, with bodies that announce their length and bodies streamed in chunks (no length). */
class RequestSizeLimitFilterTest {

    private static final int LIMIT = 100;
    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(LIMIT);

    /** A request whose body comes in chunks: no Content-Length, as with Transfer-Encoding: chunked. */
    private static MockHttpServletRequest streamed(String method, String uri, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    private static MockHttpServletRequest sized(String method, String uri, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void an_api_body_streamed_past_the_limit_is_refused_with_413_naming_the_limit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(streamed("POST", "/api/v1/backprop", LIMIT + 1), response, chain);
        assertEquals(413, response.getStatus());
        assertNull(chain.getRequest(), "the request went no further");
        assertEquals("close", response.getHeader("Connection"));
        assertEquals("application/problem+json", response.getContentType());
        assertTrue(response.getContentAsString()
                .contains("\"detail\":\"body: larger than the limit of 100 bytes"
                        + " (max-body-bytes)\",\"field\":\"body\""));
    }

    @Test
    void an_api_body_streamed_up_to_the_limit_is_passed_on_whole_with_its_length() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request = streamed("POST", "/api/v1/backprop", LIMIT);
        request.setContent(new byte[LIMIT]);
        filter.doFilter(request, response, chain);
        assertEquals(200, response.getStatus());
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertEquals(LIMIT, passed.getContentLength());
        assertEquals(LIMIT, passed.getContentLengthLong());
        assertArrayEquals(new byte[LIMIT], passed.getInputStream().readAllBytes());
    }

    @Test
    void an_api_body_that_announces_more_than_the_limit_is_refused_before_it_is_read() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(sized("POST", "/api/v1/train", LIMIT + 1), response, chain);
        assertEquals(413, response.getStatus());
        assertNull(chain.getRequest());
    }

    @Test
    void a_page_body_that_announces_more_than_the_limit_and_multipart_room_is_refused() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(
                sized("POST", "/VAADIN/upload", LIMIT + RequestSizeLimitFilter.MULTIPART_SLACK + 1), response, chain);
        assertEquals(413, response.getStatus());
        assertEquals("close", response.getHeader("Connection"));
        assertNull(chain.getRequest());
    }

    @Test
    void a_page_body_streamed_past_the_limit_fails_when_it_is_read_past_it() throws Exception {
        int allowed = LIMIT + RequestSizeLimitFilter.MULTIPART_SLACK;
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(streamed("POST", "/VAADIN/upload", allowed + 1), new MockHttpServletResponse(), chain);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        var in = passed.getInputStream();
        assertEquals(allowed, in.readNBytes(allowed).length, "up to the limit it reads");
        IOException e = assertThrows(IOException.class, in::read);
        assertEquals("request body larger than the limit of " + allowed + " bytes", e.getMessage());
    }

    @Test
    void a_page_body_streamed_past_the_limit_fails_in_a_bulk_read_too() throws Exception {
        int allowed = LIMIT + RequestSizeLimitFilter.MULTIPART_SLACK;
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(streamed("POST", "/VAADIN/upload", allowed + 10), new MockHttpServletResponse(), chain);
        var in = ((HttpServletRequest) chain.getRequest()).getInputStream();
        assertThrows(IOException.class, in::readAllBytes);
    }

    @Test
    void a_page_body_streamed_within_the_limit_reads_whole_and_then_ends() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(streamed("POST", "/", LIMIT), new MockHttpServletResponse(), chain);
        var in = ((HttpServletRequest) chain.getRequest()).getInputStream();
        assertEquals(LIMIT, in.readAllBytes().length);
        assertEquals(-1, in.read());
        assertTrue(in.isFinished());
        assertTrue(in.isReady());
    }

    @Test
    void a_page_get_is_passed_on_unwrapped() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertSame(request, chain.getRequest());
    }
}

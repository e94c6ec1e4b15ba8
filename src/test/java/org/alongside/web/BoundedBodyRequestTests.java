package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.alongside.shared.web.RequestBodyRefused;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** The body check sees a NUL however the body is cut into reads, and counts every byte against the limit. */
class BoundedBodyRequestTests {

    private static InputStream body(String text, long limit) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/participants");
        request.setContent(text.getBytes(StandardCharsets.UTF_8));
        return new BoundedBodyRequest(request, limit, true).getInputStream();
    }

    /** Reads in pieces of {@code size} bytes, as a network delivers them. */
    private static void readInPiecesOf(InputStream in, int size) throws IOException {
        byte[] buffer = new byte[size];
        while (in.read(buffer, 0, size) > 0) {
            // keep reading
        }
    }

    @Test
    void theJsonEscapeForNulIsFoundWhereverTheReadsSplitIt() throws IOException {
        String json = "{\"name\": \"ab\\u0000cd\"}";
        for (int size = 1; size <= json.length(); size++) {
            InputStream in = body(json, 1000);
            int pieces = size;
            assertThatThrownBy(() -> readInPiecesOf(in, pieces))
                    .as("read in pieces of " + size)
                    .isInstanceOfSatisfying(
                            RequestBodyRefused.class,
                            e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
        assertThatThrownBy(() -> body("{\"a\": \"x\\U0000\"}", 1000).readAllBytes())
                .isInstanceOf(RequestBodyRefused.class);
        assertThatThrownBy(() -> body("{\"a\": \"x\0\"}", 1000).readAllBytes()).isInstanceOf(RequestBodyRefused.class);
    }

    @Test
    void anEscapedBackslashBeforeU0000IsTextNotANul() throws IOException {
        String json = "{\"path\": \"C:\\\\u0000 folder\", \"other\": \"\\\\\\\\u0000\"}";
        for (int size = 1; size <= json.length(); size++) {
            readInPiecesOf(body(json, 1000), size);
        }
        assertThat(new String(body(json, 1000).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(json);
    }

    @Test
    void theByteThatPassesTheLimitStopsTheReadWith413() throws IOException {
        String json = "{\"a\": \"" + "x".repeat(100) + "\"}";
        assertThat(body(json, json.length()).readAllBytes()).hasSize(json.length());
        assertThatThrownBy(() -> readInPiecesOf(body(json, json.length() - 1), 7))
                .isInstanceOfSatisfying(
                        RequestBodyRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }
}

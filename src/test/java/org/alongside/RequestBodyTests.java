package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Request bodies are bounded before anything reads them: a body over the limit is refused with 413
 * whether its length is declared or not, one from someone not signed in is never read, and the
 * server's request threads do not hold the body in memory. Sent over real connections, as an
 * attacker would, not through MockMvc.
 */
@AlongsideTest
class RequestBodyTests {

    private static final int MB = 1_000_000;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Org org;
    ApiSupport api;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
        api = new ApiSupport(mvc, context);
    }

    @Test
    void anAnonymous50MegabyteJsonPostIsRefusedWith413WhileTheServersHeapStaysFlat() throws Exception {
        long before = allocatedByServerThreads();
        String answer = rawPost("/api/v1/participants", "Content-Length: " + 50 * MB, 50 * MB, false);
        long allocated = allocatedByServerThreads() - before;
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "1 MB");
        assertThat(allocated)
                .as("bytes the server's request threads allocated while 50 MB arrived")
                .isLessThan(8L * MB);
    }

    @Test
    void anAnonymousBodySentWithoutALengthIsRefusedUnreadAndTheHeapStaysFlat() throws Exception {
        long before = allocatedByServerThreads();
        String answer = rawPost("/api/v1/participants", "Transfer-Encoding: chunked", 50 * MB, true);
        long allocated = allocatedByServerThreads() - before;
        assertThat(answer).startsWith("HTTP/1.1 401");
        assertThat(allocated).isLessThan(8L * MB);
    }

    @Test
    void aSignedInJsonBodyOverTheLimitWithoutALengthIsRefusedWith413AndNothingIsSaved() throws Exception {
        String name = "Chunked " + UUID.randomUUID();
        String start = "{\"preferredName\": \"" + name + "\", \"programId\": \"" + org.programId()
                + "\", \"primaryWorkerId\": \"" + org.workerA().id() + "\", \"pronouns\": \"";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/participants"))
                .header("Authorization", "Bearer " + api.token(org.workerA()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(start, 3 * MB, 'a')))
                .build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Content too large", "1 MB");
        assertThat(jdbc.sql("select count(*) from participant where preferred_name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anImportUploadOverItsLimitWithoutALengthIsRefusedWith413() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/api/v1/directory/imports?file_name=directory.zip"))
                        .header("Authorization", "Bearer " + api.token(org.admin()))
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Filler("PK", 3 * MB, 'z')))
                        .build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aFileUploadFromThePageOverTheImportLimitIsRefusedWith413() throws Exception {
        assertThat(uploadFromThePage(3 * MB).statusCode()).isEqualTo(413);
    }

    @Test
    void manyFilesEachUnderTheLimitButTogetherOverItAreRefusedWith413() throws Exception {
        assertThat(uploadFromThePage(900_000, 900_000, 900_000, 900_000).statusCode())
                .as("3.6 MB in four parts of 0.9 MB, where a file may be 2 MB and an upload 3 MB")
                .isEqualTo(413);
    }

    /** Posts files of these sizes to the import page as a signed-in administrator, streamed, never held whole. */
    private HttpResponse<String> uploadFromThePage(int... sizes) throws Exception {
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.signIn(org.admin().email(), Fixtures.PASSWORD);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(browser.get("/admin/directory").body());
        assertThat(token.find()).isTrue();
        String boundary = "----alongside" + UUID.randomUUID();
        List<InputStream> parts = new java.util.ArrayList<>();
        parts.add(new Filler(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1),
                0,
                ' '));
        for (int size : sizes) {
            parts.add(new Filler(
                    "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\"\r\n"
                            + "Content-Type: application/zip\r\n\r\n",
                    size,
                    'z'));
        }
        parts.add(new Filler("\r\n--" + boundary + "--\r\n", 0, ' '));
        return send(HttpRequest.newBuilder(uri("/admin/directory/imports"))
                .header("Cookie", "SESSION=" + browser.sessionCookie())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(parts))))
                .build());
    }

    @Test
    void aNulCharacterInAJsonBodySentWithoutALengthIsRefusedWith400() throws Exception {
        String body = "{\"preferredName\": \"" + "x".repeat(20_000) + "\\u0000\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/participants"))
                .header("Authorization", "Bearer " + api.token(org.workerA()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(body, 0, ' ')))
                .build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("NUL");
    }

    @Test
    void aFormPostFromSomeoneNotSignedInIsRefusedUnreadButTheSignInFormIsRead() throws Exception {
        String answer = rawPost("/people", "Content-Length: " + 500_000, 500_000, false);
        assertThat(answer).startsWith("HTTP/1.1 403");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=someone%40example.org&password=wrong"))
                .build());
        assertThat(signIn.statusCode())
                .as("read, and refused for its missing CSRF token")
                .isEqualTo(403);
    }

    /** Sends a POST over a plain socket, streaming {@code size} bytes from one small buffer. */
    private String rawPost(String path, String lengthHeader, int size, boolean chunked) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + lengthHeader + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    int n = Math.min(chunk.length, size - sent);
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk, 0, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before everything was sent: its answer is read below
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Bytes allocated so far by Tomcat's threads (its request workers, poller and acceptor). */
    private static long allocatedByServerThreads() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        return total;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A stream of a prefix and then {@code count} copies of one byte, never held whole in memory. */
    private static final class Filler extends InputStream {
        private final byte[] prefix;
        private final long total;
        private final int fill;
        private long position;

        Filler(String prefix, long count, char fill) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.total = this.prefix.length + count;
            this.fill = fill;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            int b = position < prefix.length ? prefix[(int) position] : fill;
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}

package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind a proxy, over real HTTP: nothing the server answers is built from a forged Host header,
 * and the client address a trusted proxy forwards is the one the audit trail records.
 */
@AlongsideTest
class ProxyHeaderTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    /** A raw HTTP/1.1 exchange, so the Host header can be anything; answers the status line and headers. */
    private String exchange(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            if (head.toString().toLowerCase().contains("content-length")) {
                char[] body = new char[64 * 1024];
                int read = in.read(body);
                head.append('\n').append(body, 0, Math.max(read, 0));
            }
            return head.toString();
        }
    }

    @Test
    void aForgedHostNeverAppearsInARedirect() throws Exception {
        String answer = exchange("GET /people HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(answer.toLowerCase()).contains("location: /signin");
    }

    @Test
    void theApiDocumentNamesItsServerWithoutTheHostHeader() throws Exception {
        String answer = exchange("GET /v3/api-docs HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .doesNotContain("evil.example")
                .contains("\"url\":\"/\"");
    }

    @Test
    void theAuditRecordsTheClientAddressATrustedProxyForwards() throws Exception {
        Org org = new Fixtures(context).org();
        BrowserlessSession browser = new BrowserlessSession(port, Map.of("X-Forwarded-For", "203.0.113.9"));
        browser.signIn(org.workerA().email(), Fixtures.PASSWORD);
        assertThat(jdbc.sql("""
                        select client_address from audit_event where action = 'signin.success' and actor_id = :a
                        """)
                        .param("a", org.workerA().id())
                        .query(String.class)
                        .single())
                .isEqualTo("203.0.113.9");
    }
}

package org.alongside.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.alongside.staff.SignInHints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The demo sign-ins, listed on the sign-in page only when demo mode is on. */
@Service
public class DemoLogins implements SignInHints {

    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoLogins(JdbcClient jdbc, @Value("${alongside.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    public record DemoLogin(String email, String password, String description) {}

    public boolean enabled() {
        return enabled;
    }

    /** The demo sign-ins in demo mode; none otherwise. */
    @Override
    public List<Hint> hints() {
        return enabled
                ? list().stream()
                        .map(l -> new Hint(l.email(), l.password(), l.description()))
                        .toList()
                : List.of();
    }

    public List<DemoLogin> list() {
        return jdbc.sql("select email, password, description from demo_login order by position")
                .query(DemoLogin.class)
                .list();
    }

    /** The emails of every published demo sign-in, whether or not demo mode is on. */
    List<String> emails() {
        return jdbc.sql("select email from demo_login order by position")
                .query(String.class)
                .list();
    }

    /** Deletes the published demo sign-ins (their accounts were deactivated first). */
    void forgetAll() {
        jdbc.sql("delete from demo_login").update();
    }

    void add(int position, String email, String password, String description) {
        jdbc.sql("insert into demo_login (position, email, password, description) values (:p, :e, :pw, :d)")
                .param("p", position)
                .param("e", email)
                .param("pw", password)
                .param("d", description)
                .update();
    }

    /** A new sign-in's password: 12 random bytes, generated at seeding, never the same twice. */
    static String newPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.BrowserlessSession;
import org.alongside.Fixtures;
import org.alongside.StatementCounter;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in over real HTTP, with sessions stored in PostgreSQL. */
@AlongsideTest
class SessionTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser newWorker() {
        return new Fixtures(context).account("session-" + System.nanoTime(), "Session Tester", Role.PEER_WORKER);
    }

    @Test
    void theOfflinePageCarriesNoCsrfTokenAndStartsNoSession() throws Exception {
        long sessions = jdbc.sql("select count(*) from spring_session")
                .query(Long.class)
                .single();
        HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/offline"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("No connection").doesNotContain("_csrf");
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.sql("select count(*) from spring_session")
                        .query(Long.class)
                        .single())
                .isEqualTo(sessions);

        BrowserlessSession signedIn = new BrowserlessSession(port);
        signedIn.signIn(newWorker().email(), Fixtures.PASSWORD);
        HttpResponse<String> cached = signedIn.get("/offline");
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body())
                .as("the copy a signed-in phone caches holds no token of its session")
                .contains("No connection")
                .doesNotContain("_csrf");
    }

    @Test
    void signingInRotatesTheSessionIdKeepsTheSessionInPostgresAndIsAudited() throws Exception {
        CurrentUser worker = newWorker();
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.get("/signin");
        String before = browser.sessionCookie();
        assertThat(before).isNotNull();
        HttpResponse<String> response = browser.signIn(worker.email(), Fixtures.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/people").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", worker.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(new ApiSupport(mvc, context).auditCountByActor("signin.success", worker.id(), "SUCCESS"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :e")
                        .param("e", worker.email())
                        .query(Integer.class)
                        .single())
                .as("30 minutes idle timeout")
                .isEqualTo(1800);
    }

    @Test
    void tenFailuresLockTheAccountWithAClearMessageEvenForTheRightPassword() throws Exception {
        CurrentUser worker = newWorker();
        BrowserlessSession browser = new BrowserlessSession(port);
        for (int i = 0; i < 10; i++) {
            browser.signIn(worker.email(), "wrong password " + i);
        }
        HttpResponse<String> refused = browser.signIn(worker.email(), Fixtures.PASSWORD);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/signin?error"));
        assertThat(browser.get("/signin?error").body())
                .contains("Too many failed sign-ins. This account is locked until");
        assertThat(browser.get("/people").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void nineFailuresDoNotLockTheAccount() throws Exception {
        CurrentUser worker = newWorker();
        BrowserlessSession browser = new BrowserlessSession(port);
        for (int i = 0; i < 9; i++) {
            browser.signIn(worker.email(), "wrong password " + i);
        }
        browser.signIn(worker.email(), Fixtures.PASSWORD);
        assertThat(browser.get("/people").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        CurrentUser worker = newWorker();
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.signIn(worker.email(), Fixtures.PASSWORD);
        HttpResponse<String> out = browser.postForm("/people", "/signout", Map.of());
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/signin?signedout"));
        assertThat(browser.get("/people").statusCode()).isEqualTo(302);
        assertThat(new ApiSupport(mvc, context).auditCountByActor("signout", worker.id(), "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void pagesReadWithinAMinuteLeaveTheSessionsLastUseAloneAndOneAfterItMovesIt() throws Exception {
        CurrentUser worker = newWorker();
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.signIn(worker.email(), Fixtures.PASSWORD);
        long signedIn = lastUse(worker);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/today").statusCode()).isEqualTo(200);
        }
        assertThat(lastUse(worker)).as("no write within a minute").isEqualTo(signedIn);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        setLastUse(worker, twoMinutesAgo);
        assertThat(browser.get("/today").statusCode()).isEqualTo(200);
        assertThat(lastUse(worker)).as("moved to now").isGreaterThan(twoMinutesAgo + 100_000);
    }

    @Test
    void aSessionUnusedForLongerThanItsTimeoutIsEndedThoughItsLastUseIsWrittenOnlyEachMinute() throws Exception {
        CurrentUser worker = newWorker();
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.signIn(worker.email(), Fixtures.PASSWORD);
        setLastUse(worker, System.currentTimeMillis() - Duration.ofMinutes(31).toMillis());
        assertThat(browser.get("/today").statusCode()).as("sent to sign in").isEqualTo(302);
    }

    private long lastUse(CurrentUser worker) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = :e")
                .param("e", worker.email())
                .query(Long.class)
                .single();
    }

    private void setLastUse(CurrentUser worker, long millis) {
        jdbc.sql("update spring_session set last_access_time = :t, expiry_time = :t + max_inactive_interval * 1000"
                        + " where principal_name = :e")
                .param("t", millis)
                .param("e", worker.email())
                .update();
    }

    @Test
    void aPageReadsItsSessionFromPostgresOnceThoughSpringSessionChecksItAgainAfterSaving() throws Exception {
        CurrentUser worker = newWorker();
        Cookie session = Fixtures.signIn(mvc, worker.email());
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk());

        List<String> sent = StatementCounter.statements(
                () -> mvc.perform(get("/today").cookie(session)).andExpect(status().isOk()));

        assertThat(sent)
                .filteredOn(sql -> sql.contains("FROM SPRING_SESSION S"))
                .hasSize(1);
    }

    @Test
    void aSessionEndedBetweenTwoRequestsIsNotServedFromTheRequestThatSavedIt() throws Exception {
        CurrentUser worker = newWorker();
        Cookie session = Fixtures.signIn(mvc, worker.email());
        jdbc.sql("delete from spring_session where principal_name = :e")
                .param("e", worker.email())
                .update();

        mvc.perform(get("/today").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
    }

    @Test
    void parallelRequestsRightAfterSignInAllSucceed() throws Exception {
        CurrentUser worker = newWorker();
        for (int round = 0; round < 5; round++) {
            BrowserlessSession browser = new BrowserlessSession(port);
            browser.signIn(worker.email(), Fixtures.PASSWORD);
            assertThat(browser.parallelGets("/people", 6)).as("round " + round).containsOnly(200);
        }
    }
}

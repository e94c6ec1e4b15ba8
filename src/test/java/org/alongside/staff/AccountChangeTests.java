package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.BrowserlessSession;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change to an account takes effect on the next request, not at the next sign-in: deactivation,
 * a change of roles and a password reset end the account's open sessions (and a reset or a
 * deactivation its API tokens); a password that must be changed cannot obtain a token.
 */
@AlongsideTest
class AccountChangeTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffManagement staff;

    Fixtures fixtures;
    Org org;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        org = fixtures.org();
    }

    private BrowserlessSession signedIn(CurrentUser user) throws Exception {
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.signIn(user.email(), Fixtures.PASSWORD);
        assertThat(browser.get("/people").statusCode()).isEqualTo(200);
        return browser;
    }

    @Test
    void aDeactivatedWorkersOpenSessionEndsAtOnce() throws Exception {
        BrowserlessSession browser = signedIn(org.workerA());
        staff.deactivate(org.admin().viewer(), org.workerA().id(), "Left the program");
        assertThat(browser.get("/people/" + org.personOfA().id()).statusCode())
                .as("sent to sign in")
                .isEqualTo(302);
        assertThat(browser.get("/people").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/signin"));
    }

    @Test
    void aDemotedAdministratorLosesTheAdministrationPagesAtOnce() throws Exception {
        CurrentUser second = fixtures.account("second-admin-" + System.nanoTime(), "Second Admin", Role.ADMIN);
        BrowserlessSession browser = signedIn(second);
        assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(200);
        StaffSummary before = staff.get(org.admin().viewer(), second.id());
        staff.update(
                org.admin().viewer(),
                second.id(),
                new StaffManagement.StaffChange(
                        before.displayName(), Set.of(Role.PEER_WORKER), null, false, before.version()));
        assertThat(browser.get("/admin/staff").statusCode()).as("signed out").isEqualTo(302);
        BrowserlessSession again = signedIn(second);
        assertThat(again.get("/admin/staff").statusCode())
                .as("signed in again, as a peer worker")
                .isEqualTo(403);
    }

    @Test
    void aPasswordResetEndsSessionsAndRevokesTokensAndTheTemporaryPasswordGetsNoToken() throws Exception {
        ApiSupport api = new ApiSupport(mvc, context);
        String token = api.token(org.workerB());
        BrowserlessSession browser = signedIn(org.workerB());
        staff.resetPassword(org.admin().viewer(), org.workerB().id(), "a temporary passphrase 123");
        assertThat(browser.get("/people").statusCode()).isEqualTo(302);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(org.workerB().email(), "a temporary passphrase 123")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Choose your own password")));
    }

    @Test
    void changingOnesOwnPasswordRevokesOnesApiTokensAndThePageSaysSoBeforehand() throws Exception {
        CurrentUser worker = fixtures.account("tokens-" + System.nanoTime(), "Token Holder", Role.PEER_WORKER);
        ApiSupport api = new ApiSupport(mvc, context);
        String token = api.token(worker);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        BrowserlessSession browser = signedIn(worker);
        assertThat(browser.get("/account/password").body())
                .contains("also revokes your API tokens")
                .contains("test, created");
        HttpResponse<String> changed = browser.postForm(
                "/account/password",
                "/account/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a brand new passphrase 789"));
        assertThat(changed.statusCode()).isEqualTo(302);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(browser.get("/people").body()).contains("your API tokens were revoked (1)");
        assertThat(browser.get("/account/password").body()).doesNotContain("also revokes your API tokens");
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        BrowserlessSession here = signedIn(org.workerA());
        BrowserlessSession elsewhere = signedIn(org.workerA());
        here.postForm(
                "/account/password",
                "/account/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a brand new passphrase 456"));
        assertThat(here.get("/people").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/people").statusCode()).isEqualTo(302);
    }
}

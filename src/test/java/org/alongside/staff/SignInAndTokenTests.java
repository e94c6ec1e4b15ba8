package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class SignInAndTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private CurrentUser newWorker() {
        return new Fixtures(context).account("signin-" + System.nanoTime(), "Sign-in Tester", Role.PEER_WORKER);
    }

    @Test
    void anAccountAnAdministratorCreatedMustChooseItsOwnPasswordAtFirstSignIn() throws Exception {
        Fixtures.Org org = new Fixtures(context).org();
        String email = "first-" + System.nanoTime() + "@test.example";
        String chosenByAdmin = "the administrator's first password";
        new ApiSupport(mvc, context)
                .post(org.admin(), "/api/v1/staff", """
                        {"email": "%s", "displayName": "New Worker", "roles": ["PEER_WORKER"],
                         "password": "%s", "programIds": ["%s"]}""".formatted(email, chosenByAdmin, org.programId()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(email, chosenByAdmin)))
                .andExpect(status().isForbidden());
        Cookie session = mvc.perform(
                        post("/signin").with(csrf()).param("email", email).param("password", chosenByAdmin))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/people").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessageAndAudited() throws Exception {
        CurrentUser worker = newWorker();
        mvc.perform(post("/signin").with(csrf()).param("email", worker.email()).param("password", "wrong password!"))
                .andExpect(redirectedUrl("/signin?error"));
        assertThat(new ApiSupport(mvc, context).auditCountByActor("signin.failure", worker.id(), "FAILURE"))
                .isEqualTo(1);
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        CurrentUser worker = newWorker();
        mvc.perform(post("/signin").param("email", worker.email()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                Matchers.allOf(
                                        Matchers.containsString("script-src 'self'"),
                                        Matchers.not(Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aTokenFromBasicCredentialsWorksAsBearerUntilRevoked() throws Exception {
        CurrentUser worker = newWorker();
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(worker.email(), Fixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String tokenId = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(worker.email()))
                .andExpect(jsonPath("$.roles[0]").value("PEER_WORKER"));
        mvc.perform(delete("/api/v1/tokens/" + tokenId).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void basicCredentialsOnlyObtainATokenAndAreNotAcceptedElsewhere() throws Exception {
        CurrentUser worker = newWorker();
        mvc.perform(get("/api/v1/me").with(httpBasic(worker.email(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        CurrentUser owner = newWorker();
        CurrentUser other = newWorker();
        ApiSupport api = new ApiSupport(mvc, context);
        var issued = context.getBean(ApiTokens.class).issue(owner.viewer(), "mine", null);
        mvc.perform(delete("/api/v1/tokens/" + issued.id()).header("Authorization", "Bearer " + api.token(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk());
    }

    @Test
    void anAdministratorCanRevokeAnyonesToken() throws Exception {
        var org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        var issued = context.getBean(ApiTokens.class).issue(org.workerA().viewer(), "phone", null);
        mvc.perform(delete("/api/v1/tokens/" + issued.id()).header("Authorization", "Bearer " + api.token(org.admin())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsTokensStop() throws Exception {
        var org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        String token = api.token(org.workerA());
        context.getBean(StaffManagement.class)
                .deactivate(org.admin().viewer(), org.workerA().id(), "Left the organisation");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/signin")
                        .with(csrf())
                        .param("email", org.workerA().email())
                        .param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/signin?error"));
    }

    @Test
    void aPersonWithAOneTimePasswordMustChooseTheirOwnFirst() throws Exception {
        CurrentUser admin = new Fixtures(context).account("otp-admin-" + System.nanoTime(), "OTP Admin", Role.ADMIN);
        CurrentUser worker = newWorker();
        context.getBean(StaffManagement.class).resetPassword(admin.viewer(), worker.id(), "temporary password 1");
        CurrentUser mustChange =
                new CurrentUser(worker.id(), worker.email(), worker.displayName(), worker.roles(), true);
        mvc.perform(get("/people").with(user(mustChange))).andExpect(redirectedUrl("/account/password"));
    }
}

package org.alongside.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class LanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LanguagePreferences preferences;

    private Org org;

    @BeforeEach
    void anOrganisation() {
        org = new Fixtures(context).org();
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguageWhenAlongsideSpeaksIt() throws Exception {
        String spanish = mvc.perform(get("/signin").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(spanish)
                .contains("lang=\"es\"")
                .contains("<h1>Iniciar sesión</h1>")
                .contains("Correo electrónico")
                .doesNotContain("Email address");
        String english = mvc.perform(get("/signin").header("Accept-Language", "fr-FR,de;q=0.8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("lang=\"en\"").contains("<h1>Sign in</h1>");
    }

    @Test
    void aWorkerWhoChoosesSpanishSeesEveryPageInSpanishInThisAndLaterSessions() throws Exception {
        Cookie session = Fixtures.signIn(mvc, org.workerA().email());
        mvc.perform(post("/account/language")
                        .cookie(session)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("language", "es"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account"));
        assertThat(preferences.of(org.workerA().id())).contains(Language.SPANISH);
        assertThat(new ApiSupport(mvc, context)
                        .auditCountByActor("staff.language", org.workerA().id(), "SUCCESS"))
                .isEqualTo(1);

        String sameSession = page("/account", session);
        assertThat(sameSession).contains("Su cuenta").contains("Mis personas").contains("Cerrar sesión");

        String nextSession = page("/account", Fixtures.signIn(mvc, org.workerA().email()));
        assertThat(nextSession)
                .as("a new session takes the choice from the account, not from the browser")
                .contains("lang=\"es\"")
                .contains("Mis personas");
    }

    private String page(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aLanguageAlongsideDoesNotSpeakIsRefusedBesideTheChoiceAndNothingChanges() throws Exception {
        String page = mvc.perform(post("/account/language")
                        .with(user(org.workerB()))
                        .with(csrf())
                        .param("language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"language-error\"").contains("Choose English or Spanish");
        assertThat(preferences.of(org.workerB().id())).isEmpty();
    }
}

package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class LanguageGuideTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LanguageGuide guide;

    @Test
    void findsWholeWordsAndPhrasesInAnyCaseWithTheirAlternatives() {
        var found = guide.check(
                "He said he was Clean for 30 days; staff called him non-compliant. Cleaning the flat helped.");
        assertThat(found).extracting(LanguageGuide.Suggestion::found).containsExactly("Clean", "non-compliant");
        assertThat(found.get(0).suggestion()).contains("not currently using");
        assertThat(found.get(0).start()).isEqualTo(15);
        assertThat(guide.check("Suffering from headaches"))
                .extracting(LanguageGuide.Suggestion::term)
                .containsExactly("suffering from");
        assertThat(guide.check("")).isEmpty();
    }

    @Test
    void notesAreSavedAsWrittenWithSuggestionsButThePersonsOwnWordsAreNotChecked() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        api.post(org.workerA(), "/api/v1/participants/" + org.personOfA().id() + "/contact-notes", """
                {"content": {"narrative": "Talked about staying clean after court.", "personsWords": "I'm an addict and proud I'm here."}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content.narrative").value("Talked about staying clean after court."))
                .andExpect(jsonPath("$.languageGuide.narrative[0].found").value("clean"))
                .andExpect(jsonPath("$.languageGuide.personsWords").doesNotExist());
    }

    @Test
    void administratorsExtendTheListAndOthersCannot() throws Exception {
        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        String term = "frequent flyer" + System.nanoTime();
        api.post(org.workerA(), "/api/v1/language-guide/terms", "{\"term\": \"" + term + "\", \"suggestion\": \"x\"}")
                .andExpect(status().isForbidden());
        api.post(
                        org.admin(),
                        "/api/v1/language-guide/terms",
                        "{\"term\": \"" + term
                                + "\", \"suggestion\": \"person who often uses the emergency department\"}")
                .andExpect(status().isCreated());
        api.post(org.workerA(), "/api/v1/language-guide/check", "{\"text\": \"Known as a " + term + " here\"}")
                .andExpect(jsonPath("$[0].suggestion").value("person who often uses the emergency department"));
        api.post(org.admin(), "/api/v1/language-guide/terms", "{\"term\": \" \", \"suggestion\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.term").exists());
    }

    @Test
    void spanishWordsArePointedOutWithSpanishAlternativesAndAdministratorsAddSpanishTerms() throws Exception {
        var found = guide.check("Dijo que estaba limpia desde marzo; antes la llamaban adicta. Limpiamos la cocina.");
        assertThat(found).extracting(LanguageGuide.Suggestion::found).containsExactly("limpia", "adicta");
        assertThat(found.get(1).suggestion()).startsWith("persona con un trastorno");
        assertThat(guide.terms())
                .filteredOn(t -> t.term().equals("adicto"))
                .extracting(LanguageGuide.Term::language)
                .containsExactly("es");

        Org org = new Fixtures(context).org();
        ApiSupport api = new ApiSupport(mvc, context);
        String term = "cliente difícil" + System.nanoTime();
        api.post(org.admin(), "/api/v1/language-guide/terms", """
                {"term": "%s", "suggestion": "persona con necesidades que aún no entendemos", "language": "es"}""".formatted(term))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value("es"));
        api.post(org.admin(), "/api/v1/language-guide/terms", """
                {"term": "x%s", "suggestion": "y", "language": "fr"}""".formatted(term))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.language").exists());
    }
}

package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The directory's pages for staff: search with filters, results with hours and ways to reach, a service's page. */
@AlongsideTest
class DirectoryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    CurrentUser worker;
    SmallDirectory directory;
    String postcode;

    @BeforeEach
    void setUp() {
        worker = new Fixtures(context).account("dirpage-" + System.nanoTime(), "Page Reader", Role.PEER_WORKER);
        postcode = "P" + (10000 + (int) (Math.random() * 89999));
        double lat = -10 - Math.random() * 20;
        directory = new SmallDirectory("Bramble Trust")
                .service(
                        "Bramble Pantry",
                        "Groceries on Fridays",
                        "food",
                        lat,
                        -30.0,
                        postcode,
                        "Spanish",
                        true,
                        "always")
                .service(
                        "Bramble Supper Club",
                        "A shared supper",
                        "food",
                        lat + 0.01,
                        -30.0,
                        postcode,
                        "English",
                        true,
                        "never");
        directory.importInto(context);
    }

    private String page(String url, String language) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", language).with(user(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A page answered 400, in the reader's language. */
    private String refused(String url, String language) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", language).with(user(worker)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void foodOpenNowNearAPostcodeFindsTheOpenPantryWithItsHoursPhoneAndDirections() throws Exception {
        String html = page("/directory?need=food&open=true&postcode=" + postcode, "en");
        assertThat(html)
                .contains("Bramble Pantry")
                .doesNotContain("Bramble Supper Club")
                .contains("Open now · today ")
                .contains("href=\"tel:555 0100\"")
                .contains("openstreetmap.org/search?query=1%20Main%20Street");
    }

    @Test
    void theFormKeepsWhatWasAskedWithEachChoiceNamedInTheReadersLanguage() throws Exception {
        String html = page("/directory?need=food&dimension=SOCIAL&language=es&q=pantry", "es");
        assertThat(html)
                .contains("name=\"need\" value=\"food\" checked=\"checked\"> <span>Alimentos</span>")
                .contains("name=\"need\" value=\"housing\"> <span>Vivienda</span>")
                .contains("name=\"dimension\" value=\"SOCIAL\" checked=\"checked\"> <span>Social</span>")
                .contains("<option value=\"\">Cualquier idioma</option>")
                .as("with results shown, the filters fold away and say how many are chosen")
                .contains("<details>")
                .contains("Necesidades, bienestar e idioma (3 elegidos)");
        assertThat(page("/directory", "en"))
                .contains("name=\"need\" value=\"food\"> <span>Food</span>")
                .doesNotContain("checked=\"checked\"")
                .doesNotContain("selected=\"selected\"");
    }

    @Test
    void anUnknownPostcodeIsNamedBesideTheFieldInTheReadersLanguage() throws Exception {
        String html = page("/directory?postcode=NOWHERE1", "es");
        assertThat(html)
                .contains("id=\"postcode-error\"")
                .contains("Ningún lugar del directorio tiene este código postal");
    }

    @Test
    void aServicePageSaysWhenWhereWhatItCostsAndInWhichLanguages() throws Exception {
        String html = page("/directory/services/" + directory.id("Bramble Pantry"), "en");
        assertThat(html)
                .contains("<h1>Bramble Pantry</h1>")
                .contains("Bramble Trust")
                .contains("Open now")
                .contains("Every day")
                .contains("Spanish")
                .contains("<dd>Free</dd>");
        mvc.perform(get("/directory/services/" + UUID.randomUUID()).with(user(worker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void parametersOfTheWrongTypeAnswer400WithTheFormAndAMessageBesideTheField() throws Exception {
        String[][] cases = {
            {"lat=abc&lon=1&q=pantry", "near-error", "not a pair of numbers"},
            {"open=maybe&q=pantry", "open-error", "either ticked or not"},
            {"free=2&q=pantry", "free-error", "either ticked or not"},
            {"for=not-a-uuid&q=pantry", "for-error", "not named in a form Alongside knows"},
            {"page=abc&q=pantry", "page-error", "not a number"},
        };
        for (String[] c : cases) {
            assertThat(refused("/directory?" + c[0], "en"))
                    .as(c[0])
                    .contains("id=\"" + c[1] + "\"", c[2])
                    .contains("name=\"q\"")
                    .doesNotContain("Bramble Pantry");
        }
        assertThat(refused("/directory?open=maybe", "es")).contains("Esta casilla está marcada o no");
        String far = page("/directory?q=pantry&lat=95&lon=10", "en");
        assertThat(far).contains("id=\"near-error\"").contains("That location is not on the map");
    }

    @Test
    void aMalformedIdInTheAddressIsNotFoundButAMalformedQueryParameterElsewhereIs400() throws Exception {
        mvc.perform(get("/directory/services/not-an-id").with(user(worker))).andExpect(status().isNotFound());
        assertThat(refused("/directory/services/" + UUID.randomUUID() + "?for=not-a-uuid", "en"))
                .contains("‘for’ that is not in the expected form");
    }
}

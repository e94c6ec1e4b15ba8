package org.alongside.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.alongside.consent.domain.Consent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The consent templates as shipped load and fill the form; a template missing a language or an element is refused by name. */
class ConsentTemplatesTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theShippedTemplatesLoadAndFillTheFormInTheReadersLanguage() {
        var templates = ConsentTemplates.load(json, "classpath:consent/templates/*.json");
        assertThat(templates).containsOnlyKeys("named-service", "single-tpo", "supporter");
        ConsentTemplates.Template tpo = templates.get("single-tpo");
        LocalDate today = LocalDate.of(2026, 12, 8);
        Consent.Terms spanish = new ConsentTemplates(json).fill(tpo, "Rosa Díaz", Locale.forLanguageTag("es"), today);
        assertThat(spanish.everything()).isTrue();
        assertThat(spanish.expiryEvent()).isEqualTo("Cuando deje el programa");
        assertThat(spanish.recipients().get(0).kind()).isEqualTo(Consent.Recipient.Kind.TREATMENT_PAYMENT_OPERATIONS);
        Consent.Terms named =
                new ConsentTemplates(json).fill(templates.get("named-service"), "Rosa Díaz", Locale.ENGLISH, today);
        assertThat(named.expiresOn()).isEqualTo(today.plusDays(90));
        assertThat(named.signature())
                .as("the signature is the person's to give")
                .isNull();
    }

    @Test
    void aTemplateMissingALanguageAnElementOrAnEndIsRefusedNamingWhatIsMissing() {
        Words both = new Words("In English", "En español");
        var broken = new ConsentTemplates.Template(
                "Bad Id", null, new Words("A title", " "), both, false, List.of(), List.of(), both, null, null, null);
        assertThat(ConsentTemplates.problems(broken))
                .containsExactly(
                        "an id of lower-case words joined by hyphens",
                        "a version",
                        "title in English and Spanish",
                        "revocation in English and Spanish",
                        "the information it covers (or everything)",
                        "at least one recipient",
                        "an expiry event or a number of days");
    }
}

package org.alongside.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.StatementCounter;
import org.alongside.directory.SmallDirectory;
import org.alongside.shared.CurrentUser;
import org.alongside.staff.WorkPhones;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Referrals in the pages: made from a service with the person's program's follow-up default,
 * moved step by step, rated once connected, printed as a one-page slip, and shown on the person's
 * page, on Today, on the caseload and in the supervisor's team view; refusals keep what was typed.
 */
@AlongsideTest
class ReferralPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Org org;
    UUID person;
    UUID pantry;

    @BeforeEach
    void setUp() {
        org = new Fixtures(context).org();
        person = org.personOfA().id();
        SmallDirectory directory = new SmallDirectory("Hazel Trust")
                .service("Hazel Pantry", "Food on Fridays", "food", 50.5, 0.2, "HZ1", "English", true, "always");
        directory.importInto(context);
        pantry = directory.id("Hazel Pantry");
        jdbc.sql(
                        "insert into hsds_required_document (id, service_id, document) values (:id, :s, 'A piece of mail with your address')")
                .param("id", UUID.randomUUID())
                .param("s", pantry)
                .update();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser as, String language)
            throws Exception {
        return mvc.perform(request.header("Accept-Language", language)
                        .with(user(as))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String page(String url, CurrentUser as, String language) throws Exception {
        MockHttpServletResponse response = send(get(url), as, language);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The referral form for the person and the pantry, before its other fields. */
    private MockHttpServletRequestBuilder referralForm() {
        return post("/referrals")
                .param("participantId", person.toString())
                .param("personFixed", "true")
                .param("serviceId", pantry.toString());
    }

    /** Makes a referral through the form and answers its id. */
    private UUID refer(String followUp) throws Exception {
        MockHttpServletResponse made = send(
                referralForm()
                        .param("need", "food")
                        .param("contact", "WORKER_GOES_WITH")
                        .param("note", "Fridays suit her best")
                        .param("followUp", followUp),
                org.workerA(),
                "en");
        assertThat(made.getStatus()).isEqualTo(302);
        String location = made.getRedirectedUrl();
        assertThat(location).startsWith("/people/" + person + "/referrals/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private long referralsOf(UUID id) {
        return jdbc.sql("select count(*) from referral where participant_id = :p")
                .param("p", id)
                .query(Long.class)
                .single();
    }

    private long version(UUID referral) {
        return jdbc.sql("select version from referral where id = :id")
                .param("id", referral)
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse step(UUID referral, String status, String reason) throws Exception {
        MockHttpServletRequestBuilder request = post("/people/" + person + "/referrals/" + referral + "/status")
                .param("status", status)
                .param("version", Long.toString(version(referral)));
        if (reason != null) {
            request.param("reason", reason);
        }
        return send(request, org.workerA(), "en");
    }

    @Test
    void aServiceFoundInTheDirectoryIsReferredFromItsResultWithTheProgramsFollowUpDefault() throws Exception {
        context.getBean(ReferralSettings.class).set(org.admin().viewer(), org.programId(), 3);
        String search = page("/directory?q=Hazel+Pantry&for=" + person, org.workerA(), "en");
        assertThat(search).contains("/referrals/new?service=" + pantry + "&amp;for=" + person);

        String form = page("/referrals/new?service=" + pantry + "&for=" + person + "&need=food", org.workerA(), "en");
        assertThat(form)
                .contains("Refer to Hazel Pantry")
                .contains(org.personOfA().details().preferredName())
                .contains("value=\"" + LocalDate.now().plusDays(3) + "\"")
                .contains("<option value=\"food\" selected=\"selected\">Food</option>");

        UUID referral = refer("");
        assertThat(jdbc.sql("select follow_up from referral where id = :id")
                        .param("id", referral)
                        .query(LocalDate.class)
                        .single())
                .as("an empty date takes the program's three days")
                .isEqualTo(LocalDate.now().plusDays(3));
        assertThat(jdbc.sql("select program_id from referral where id = :id")
                        .param("id", referral)
                        .query(UUID.class)
                        .single())
                .isEqualTo(org.programId());
        String shown = page("/people/" + person + "/referrals/" + referral, org.workerA(), "en");
        assertThat(shown)
                .contains("Referral to Hazel Pantry")
                .contains("Suggested")
                .contains("I go with them")
                .contains("Fridays suit her best")
                .contains("slip.pdf")
                .contains("/slip/text\"");
    }

    @Test
    void aRefusedFormSaysWhatIsMissingBesideEachFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before = referralsOf(person);
        MockHttpServletResponse refused = send(
                referralForm()
                        .param("note", "She asked about Fridays")
                        .param("followUp", LocalDate.now().minusDays(2).toString()),
                org.workerA(),
                "es");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"contact-error\"")
                .contains("Elija cómo quiere la persona que se haga el contacto")
                .contains("She asked about Fridays");
        MockHttpServletResponse past = send(
                referralForm()
                        .param("need", "food")
                        .param("contact", "PERSON_CONTACTS")
                        .param("followUp", LocalDate.now().minusDays(2).toString()),
                org.workerA(),
                "en");
        assertThat(past.getContentAsString())
                .contains("id=\"followUp-error\"")
                .contains("A follow-up is today or later");
        assertThat(referralsOf(person)).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aReferralMovesStepByStepToConnectedAndThenRecordsWhetherItHelpedInTheirWords() throws Exception {
        UUID referral = refer(LocalDate.now().plusDays(7).toString());
        String url = "/people/" + person + "/referrals/" + referral;

        assertThat(step(referral, "AGREED", null).getStatus()).isEqualTo(302);
        assertThat(step(referral, "IN_PROGRESS", null).getStatus()).isEqualTo(302);
        MockHttpServletResponse back = step(referral, "AGREED", null);
        assertThat(back.getStatus()).isEqualTo(200);
        assertThat(back.getContentAsString()).contains("This referral is already past that step");
        assertThat(version(referral)).as("a step back changes nothing").isEqualTo(2);
        assertThat(step(referral, "CONNECTED", null).getStatus()).isEqualTo(302);
        MockHttpServletResponse helped = send(
                post(url + "/helped")
                        .param("helped", "SOMEWHAT")
                        .param("words", "The food helped; the queue was long")
                        .param("version", Long.toString(version(referral))),
                org.workerA(),
                "en");
        assertThat(helped.getStatus()).isEqualTo(302);
        String shown = page(url, org.workerA(), "es");
        assertThat(shown)
                .contains("Conectada")
                .contains("En parte")
                .contains("The food helped; the queue was long")
                .contains(org.workerA().displayName());
        assertThat(jdbc.sql("select count(*) from referral_status_change where referral_id = :id")
                        .param("id", referral)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void notConnectedNeedsAReasonAndAClosedReferralOffersNoMoreSteps() throws Exception {
        UUID referral = refer("");
        MockHttpServletResponse noReason = step(referral, "NOT_CONNECTED", null);
        assertThat(noReason.getContentAsString())
                .contains("id=\"reason-error\"")
                .contains("Choose why the person was not connected");
        assertThat(step(referral, "NOT_CONNECTED", "WAITLIST").getStatus()).isEqualTo(302);
        String shown = page("/people/" + person + "/referrals/" + referral, org.workerA(), "en");
        assertThat(shown)
                .contains("On a waitlist")
                .doesNotContain("Save the step")
                .doesNotContain("Save the date");
    }

    @Test
    void anAppointmentSetOnTheReferralIsOnTheSlipAndATimeWithoutADayIsRefused() throws Exception {
        UUID referral = refer("");
        String url = "/people/" + person + "/referrals/" + referral;
        MockHttpServletResponse refused = send(
                post(url + "/appointment").param("appointmentAt", "10:30").param("version", "0"), org.workerA(), "en");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Give the appointment&#39;s day as well as its time");
        assertThat(version(referral)).isZero();
        LocalDate day = LocalDate.of(2030, 12, 10);
        MockHttpServletResponse saved = send(
                post(url + "/appointment")
                        .param("appointmentOn", day.toString())
                        .param("appointmentAt", "10:30")
                        .param("version", "0"),
                org.workerA(),
                "en");
        assertThat(saved.getStatus()).isEqualTo(302);
        MockHttpServletResponse slip = send(get(url + "/slip.pdf"), org.workerA(), "es");
        try (PDDocument document = Loader.loadPDF(slip.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).as("in the person's language").contains("Your appointment Tuesday, December 10, 10:30");
        }
    }

    @Test
    void theSlipIsOnePageWithWhereWhenWhatToBringAndTheWorkersNumberButNotThePerson() throws Exception {
        context.getBean(WorkPhones.class).setOwn(org.workerA().viewer(), "555 0199 ext 12");
        UUID referral = refer("");
        MockHttpServletResponse slip =
                send(get("/people/" + person + "/referrals/" + referral + "/slip.pdf"), org.workerA(), "en");
        assertThat(slip.getStatus()).isEqualTo(200);
        assertThat(slip.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(slip.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Hazel Pantry")
                    .contains("1 Main Street")
                    .contains("555 0100")
                    .contains("Every day")
                    .contains("What to bring")
                    .contains("A piece of mail with your address")
                    .contains("Your peer worker: " + org.workerA().displayName() + ", 555 0199 ext 12")
                    .doesNotContain(org.personOfA().details().preferredName())
                    .doesNotContain("Food");
        }
        String texted = mvc.perform(get("/people/" + person + "/referrals/" + referral + "/slip/text")
                        .with(user(org.workerA())))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(texted).contains("?body=Hazel%20Pantry%0A1%20Main%20Street");
    }

    @Test
    void someoneElsesPersonCannotBeReferredAndTheRefusalLooksLikeAMissingRecord() throws Exception {
        long before = referralsOf(person);
        MockHttpServletResponse refused =
                send(referralForm().param("need", "food").param("contact", "PERSON_CONTACTS"), org.workerB(), "en");
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(send(get("/referrals/new?service=" + pantry + "&for=" + person), org.workerB(), "en")
                        .getStatus())
                .isEqualTo(404);
        assertThat(referralsOf(person)).isEqualTo(before);
        assertThat(new ApiSupport(mvc, context)
                        .auditCountByActor("referral.create", org.workerB().id(), "DENIED"))
                .isEqualTo(1);
    }

    @Test
    void anOverdueFollowUpShowsOnTodayOnTheCaseloadOnThePersonsPageAndInTheSupervisorsTeam() throws Exception {
        UUID referral = refer("");
        jdbc.sql("update referral set follow_up = :past where id = :id")
                .param("past", LocalDate.now().minusDays(2))
                .param("id", referral)
                .update();
        assertThat(page("/today", org.workerA(), "en")).contains("Referral follow-up overdue: Hazel Pantry");
        assertThat(page("/people", org.workerA(), "en")).contains("Referral follow-up overdue");
        assertThat(page("/people/" + person, org.workerA(), "en"))
                .contains("Referral to Hazel Pantry: follow-up overdue since")
                .contains("/people/" + person + "/referrals/" + referral);
        assertThat(page("/today", org.supervisorA(), "es"))
                .contains(org.workerA().displayName() + ": 1 seguimiento de derivación atrasado");
        assertThat(page("/today", org.workerB(), "en")).doesNotContain("Hazel Pantry");
    }

    @Test
    void aWorkPhoneIsCheckedBesideItsFieldAndSavedOnTheAccount() throws Exception {
        MockHttpServletResponse refused =
                send(post("/account/phone").param("workPhone", "call me maybe"), org.workerA(), "en");
        assertThat(refused.getContentAsString())
                .contains("id=\"workPhone-error\"")
                .contains("Write a phone number with digits")
                .contains("value=\"call me maybe\"");
        assertThat(send(post("/account/phone").param("workPhone", "+1 (555) 010-0199"), org.workerA(), "en")
                        .getStatus())
                .isEqualTo(302);
        assertThat(context.getBean(WorkPhones.class)
                        .of(org.workerA().id())
                        .orElseThrow()
                        .workPhone())
                .contains("+1 (555) 010-0199");
    }

    @Test
    void aPersonsReferralsAreReadInTheSameNumberOfStatementsHoweverManyTheyHave() throws Exception {
        refer("");
        String url = "/people/" + person + "/referrals";
        page(url, org.workerA(), "en");
        int one = StatementCounter.count(() -> page(url, org.workerA(), "en"));
        for (int i = 0; i < 4; i++) {
            refer("");
        }
        int five = StatementCounter.count(() -> page(url, org.workerA(), "en"));
        assertThat(five)
                .as("statements for five referrals, against " + one + " for one")
                .isEqualTo(one);
    }
}

package org.alongside.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.TestClock;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders that reach the worker, with a real SMTP server and a push service on this machine: a
 * co-sign request by e-mail at once for a supervisor who chose that, a returned note pushed to the
 * worker's phone (signed with VAPID, encrypted for the device), a server that is down retried, a
 * device that is gone forgotten, quiet hours kept, and someone else's settings refused.
 */
@AlongsideTest
class ReminderTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail mail;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Reminders reminders;

    @Autowired
    TestClock clock;

    ApiSupport api;
    Org org;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        api.put(org.admin(), "/api/v1/staff/" + org.workerA().id() + "/cosign", "{\"required\": true}")
                .andExpect(status().isOk());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void choose(CurrentUser who, String kind, String timing, String quiet) throws Exception {
        api.put(who, "/api/v1/staff/" + who.id() + "/reminders", """
                        {"byEmail": true, "byPush": true, "digestAt": "07:30", %s
                         "timing": {"%s": "%s"}, "version": -1}""".formatted(quiet, kind, timing))
                .andExpect(status().isOk());
    }

    private String signAndWaitForCosign() throws Exception {
        String notes = "/api/v1/participants/" + org.personOfA().id() + "/contact-notes";
        String note = JsonPath.read(
                api.post(org.workerA(), notes, """
                                {"sign": true, "content": {"contactDate": "%s", "durationMinutes": 20, "mode": "PHONE_CALL",
                                 "activities": ["SHARING_RESOURCES"], "narrative": "Talked through the food bank hours"}}""".formatted(LocalDate.now(clock)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        return note;
    }

    private long waiting(UUID staff, String channel) {
        return jdbc.sql(
                        "select count(*) from notification_delivery where staff_id = :s and channel = :c and state = 'WAITING'")
                .param("s", staff)
                .param("c", channel)
                .query(Long.class)
                .single();
    }

    private List<MimeMessage> mailTo(CurrentUser who) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return GreenMailUtil.getAddressList(m.getAllRecipients())
                                .contains(who.email());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            Thread.sleep(50);
        }
    }

    @Test
    void aCosignRequestReachesTheSupervisorByEmailAtOnceAndSaysOnlyHowMany() throws Exception {
        choose(org.supervisorA(), "COSIGN", "IMMEDIATE", "");
        signAndWaitForCosign();
        waitUntil(
                "the co-sign reminder is queued",
                () -> waiting(org.supervisorA().id(), "EMAIL") == 1);
        deliveries.sendDue();

        List<MimeMessage> received = mailTo(org.supervisorA());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Alongside: You have 1 note to co-sign");
        String body = GreenMailUtil.getBody(received.get(0));
        assertThat(body)
                .contains("You have 1 note to co-sign")
                .doesNotContain(org.personOfA().details().preferredName());
        assertThat(mailTo(org.supervisorB())).as("not their supervisee").isEmpty();
        assertThat(mailTo(org.workerA()))
                .as("the author chose nothing immediate")
                .isEmpty();
    }

    @Test
    void aServerThatIsDownIsTriedAgainLaterAndTheWorkThatRaisedTheReminderIsKept() throws Exception {
        choose(org.supervisorA(), "COSIGN", "IMMEDIATE", "");
        int port = sender.getPort();
        sender.setPort(1);
        try {
            String note = signAndWaitForCosign();
            assertThat(jdbc.sql("select status from contact_note where id = :id")
                            .param("id", UUID.fromString(note))
                            .query(String.class)
                            .single())
                    .isEqualTo("PENDING_COSIGN");
            waitUntil(
                    "the co-sign reminder is queued",
                    () -> waiting(org.supervisorA().id(), "EMAIL") == 1);
            deliveries.sendDue();
        } finally {
            sender.setPort(port);
        }
        assertThat(mailTo(org.supervisorA())).isEmpty();
        assertThat(jdbc.sql(
                                "select attempts || ' ' || state || ' ' || last_error from notification_delivery where staff_id = :s")
                        .param("s", org.supervisorA().id())
                        .query(String.class)
                        .single())
                .startsWith("1 WAITING Mail");
        deliveries.sendDue();
        assertThat(mailTo(org.supervisorA())).as("not before the retry is due").isEmpty();

        clock.setTo(Instant.now().plus(Duration.ofMinutes(2)));
        deliveries.sendDue();
        assertThat(mailTo(org.supervisorA())).hasSize(1);
    }

    @Test
    void aReturnedNoteIsPushedToTheWorkersPhoneSignedAndEncryptedAndAGoneDeviceIsForgotten() throws Exception {
        try (PushServiceStub phone = new PushServiceStub()) {
            choose(org.workerA(), "RETURNED", "IMMEDIATE", "");
            api.post(org.workerA(), "/api/v1/account/push-subscriptions", """
                            {"endpoint": "%s", "p256dh": "%s", "auth": "%s"}""".formatted(
                                    phone.endpoint(), phone.p256dh(), phone.auth()))
                    .andExpect(status().isNoContent());
            String note = signAndWaitForCosign();
            api.post(
                            org.supervisorA(),
                            "/api/v1/participants/" + org.personOfA().id() + "/contact-notes/" + note + "/return",
                            "{\"comment\": \"Please add what was agreed\"}")
                    .andExpect(status().isOk());
            waitUntil(
                    "the returned-note reminder is queued",
                    () -> waiting(org.workerA().id(), "PUSH") == 1);
            deliveries.sendDue();

            assertThat(phone.problems()).isEmpty();
            assertThat(jdbc.sql("select state || ' ' || coalesce(last_error, '') from notification_delivery"
                                    + " where staff_id = :s and channel = 'PUSH'")
                            .param("s", org.workerA().id())
                            .query(String.class)
                            .single())
                    .isEqualTo("SENT ");
            assertThat(phone.received()).hasSize(1);
            PushServiceStub.Received push = phone.received().get(0);
            assertThat(push.signerKey())
                    .isEqualTo(context.getBean(PushKeys.class)
                            .applicationServerKey()
                            .orElseThrow());
            assertThat(push.claims()).containsEntry("aud", phone.origin()).containsKey("sub");
            assertThat(((Number) push.claims().get("exp")).longValue())
                    .isGreaterThan(Instant.now().getEpochSecond())
                    .isLessThanOrEqualTo(
                            Instant.now().plus(Duration.ofHours(24)).getEpochSecond());
            assertThat(new tools.jackson.databind.json.JsonMapper().readValue(push.payload(), java.util.Map.class))
                    .isEqualTo(java.util.Map.of(
                            "title", "Alongside", "body", "You have 1 note returned to you", "url", "/today"));
            assertThat(push.payload())
                    .doesNotContain(org.personOfA().details().preferredName())
                    .doesNotContain("Please add");

            phone.answer(410);
            reminders.raise(org.workerA().id(), NotificationKind.RETURNED);
            deliveries.sendDue();
            assertThat(jdbc.sql("select count(*) from push_subscription where staff_id = :s")
                            .param("s", org.workerA().id())
                            .query(Long.class)
                            .single())
                    .as("the device is gone: forgotten quietly")
                    .isZero();
        }
    }

    @Test
    void aReminderInQuietHoursWaitsUntilTheyEnd() throws Exception {
        clock.setTo(Instant.parse("2026-12-08T23:00:00Z"));
        String now = java.time.LocalTime.now(clock).withSecond(0).withNano(0).toString();
        String later = java.time.LocalTime.now(clock)
                .plusHours(2)
                .withSecond(0)
                .withNano(0)
                .toString();
        choose(
                org.supervisorA(),
                "COSIGN",
                "IMMEDIATE",
                "\"quietFrom\": \"%s\", \"quietUntil\": \"%s\",".formatted(now, later));
        signAndWaitForCosign();
        waitUntil(
                "the co-sign reminder is queued",
                () -> waiting(org.supervisorA().id(), "EMAIL") == 1);
        deliveries.sendDue();
        assertThat(mailTo(org.supervisorA())).isEmpty();
        clock.setTo(Instant.parse("2026-12-09T01:01:00Z"));
        deliveries.sendDue();
        assertThat(mailTo(org.supervisorA())).hasSize(1);
    }

    @Test
    void theDailyDigestComesAtTheChosenHourWithEveryKindThatWaits() throws Exception {
        signAndWaitForCosign();
        clock.setTo(LocalDate.now()
                .plusDays(400)
                .atTime(7, 45)
                .atZone(clock.getZone())
                .toInstant());
        reminders.planDigests();
        assertThat(waiting(org.supervisorA().id(), "EMAIL")).isEqualTo(1);
        reminders.planDigests();
        assertThat(waiting(org.supervisorA().id(), "EMAIL"))
                .as("one digest a day")
                .isEqualTo(1);
        // every active staff member of the shared test database got a digest planned: send only this program's
        jdbc.sql(
                        "update notification_delivery set state = 'NOTHING_TO_SAY' where state = 'WAITING' and staff_id not in (:ours)")
                .param("ours", List.of(org.supervisorA().id(), org.workerA().id()))
                .update();
        deliveries.sendDue();
        assertThat(mailTo(org.supervisorA()))
                .extracting(MimeMessage::getSubject)
                .contains("Alongside: You have 1 note to co-sign");
    }

    @Test
    void someoneElsesRemindersAreRefusedAndHalfAQuietHourIsExplained() throws Exception {
        api.put(org.admin(), "/api/v1/staff/" + org.workerA().id() + "/reminders", """
                        {"byEmail": false, "byPush": false, "digestAt": "07:30", "version": -1}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value("Each person chooses their own reminders: these are someone else's."));
        api.put(org.workerA(), "/api/v1/staff/" + org.workerA().id() + "/reminders", """
                        {"byEmail": true, "byPush": true, "digestAt": "07:30", "quietFrom": "22:00", "version": -1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.quietUntil").value("Give both ends of the quiet hours, or neither"));
        api.post(org.workerA(), "/api/v1/account/push-subscriptions", """
                        {"endpoint": "ftp://example.org/x", "p256dh": "abc", "auth": ""}""")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors.endpoint").value("Send the push service's https address for this device"));
        api.get(org.workerA(), "/api/v1/staff/" + org.workerA().id() + "/reminders")
                .andExpect(jsonPath("$.settings.byEmail").value(true))
                .andExpect(jsonPath("$.settings.quietFrom").doesNotExist())
                .andExpect(jsonPath("$.devices").value(0));
    }
}

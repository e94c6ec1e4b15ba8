package org.alongside.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffDirectory;
import org.alongside.staff.StaffSummary;
import org.alongside.today.TodayBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the deliveries that are due. What a reminder says is counted when it is sent, from the
 * person's own Today (so a note co-signed meanwhile is not announced), in their language, and
 * holds only numbers: "You have 2 notes to co-sign". A failure is tried again after 1, 5, 15, 60
 * and 240 minutes, then given up and logged by the delivery's id alone.
 */
@Component
class Deliveries {

    static final String DIGEST = "DIGEST";
    static final List<Duration> RETRIES = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(4));

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final NotificationStore store;
    private final StaffDirectory staff;
    private final TodayBoard today;
    private final EmailChannel email;
    private final PushChannel push;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;
    private final JsonMapper json;

    Deliveries(
            NotificationStore store,
            StaffDirectory staff,
            TodayBoard today,
            EmailChannel email,
            PushChannel push,
            MessageSource messages,
            TransactionTemplate transaction,
            Clock clock,
            JsonMapper json,
            @Value("${alongside.public-url:}") String publicUrl) {
        this.json = json;
        this.store = store;
        this.staff = staff;
        this.today = today;
        this.email = email;
        this.push = push;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Scheduled(
            fixedDelayString = "${alongside.notifications.send-interval:PT30S}",
            initialDelayString = "${alongside.notifications.send-interval:PT30S}")
    void scheduled() {
        sendDue();
    }

    /** Sends what is due now, a batch at a time; answers how many were sent. */
    int sendDue() {
        int sent = 0;
        int batch;
        do {
            int[] counts = transaction.execute(status -> {
                int done = 0;
                List<NotificationStore.Due> due = store.claimDue(Instant.now(clock), 20);
                for (NotificationStore.Due delivery : due) {
                    done += send(delivery) ? 1 : 0;
                }
                return new int[] {due.size(), done};
            });
            batch = counts[0];
            sent += counts[1];
        } while (batch == 20);
        return sent;
    }

    private boolean send(NotificationStore.Due delivery) {
        Instant now = Instant.now(clock);
        Locale locale = Locale.forLanguageTag(delivery.language() == null ? "en" : delivery.language());
        Optional<StaffSummary> member = staff.find(delivery.staffId()).filter(StaffSummary::active);
        List<String> lines = member.map(m -> lines(m, delivery, locale)).orElse(List.of());
        if (lines.isEmpty()) {
            store.done(delivery.id(), "NOTHING_TO_SAY", now);
            return false;
        }
        String summary = text("notify.youHave", locale, String.join(text("notify.and", locale), lines));
        try {
            if (delivery.channel() == NotificationStore.Channel.EMAIL) {
                email.send(member.get().email(), text("notify.subject", locale, summary), body(summary, locale));
            } else {
                push.send(store.subscriptions(delivery.staffId()), pushPayload(summary, locale));
            }
            store.done(delivery.id(), "SENT", now);
            return true;
        } catch (Exception e) {
            boolean more = delivery.attempts() < RETRIES.size();
            String why = e instanceof PushChannel.PushFailed
                    ? e.getMessage()
                    : e.getClass().getSimpleName();
            store.failed(delivery.id(), why, more ? now.plus(RETRIES.get(delivery.attempts())) : null, now);
            if (!more) {
                log.warn(
                        "Gave up on reminder delivery {} ({}) after {} attempts: {}",
                        delivery.id(),
                        delivery.channel(),
                        delivery.attempts() + 1,
                        why);
            }
            return false;
        }
    }

    /** One line per kind with something waiting, among the kinds this delivery is about. */
    private List<String> lines(StaffSummary member, NotificationStore.Due delivery, Locale locale) {
        NotificationSettings settings = store.settings(member.id());
        Map<String, Integer> tally = today.tally(new Viewer.StaffMember(member.id(), member.roles()));
        List<String> lines = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            boolean wanted = DIGEST.equals(delivery.what())
                    ? settings.timingOf(kind) != Timing.OFF
                    : kind.name().equals(delivery.what());
            int count = kind.todayLabels().stream()
                    .mapToInt(label -> tally.getOrDefault(label, 0))
                    .sum();
            if (wanted && count > 0) {
                lines.add(text("notify." + kind, locale, count));
            }
        }
        return lines;
    }

    private String body(String summary, Locale locale) {
        return summary + "\n\n"
                + (publicUrl.isEmpty()
                        ? text("notify.open", locale)
                        : text("notify.openAt", locale, publicUrl + "/today"))
                + "\n\n" + text("notify.settings", locale) + "\n";
    }

    private String pushPayload(String summary, Locale locale) {
        return json.writeValueAsString(Map.of("title", text("notify.title", locale), "body", summary, "url", "/today"));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

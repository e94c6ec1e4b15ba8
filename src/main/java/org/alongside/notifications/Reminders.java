package org.alongside.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.alongside.contact.CallsUnanswered;
import org.alongside.contact.ContactNoteReturned;
import org.alongside.contact.CosignRequested;
import org.alongside.outcomes.SafetyResponseNeeded;
import org.alongside.staff.SupervisionManagement;
import org.alongside.staff.SupervisorLink;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Turns what happened into deliveries to send: each event, after its work committed and in a
 * transaction of its own (so a failure here never undoes or blocks the work), raises an immediate
 * reminder for whoever chose one; once a day each person's digest is planned at their hour. A
 * delivery that would fall in someone's quiet hours waits until they end.
 */
@Service
class Reminders {

    private final NotificationStore store;
    private final SupervisionManagement staff;
    private final EmailChannel email;
    private final PushChannel push;
    private final Clock clock;

    Reminders(NotificationStore store, SupervisionManagement staff, EmailChannel email, PushChannel push, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.email = email;
        this.push = push;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CosignRequested event) {
        for (SupervisorLink link : staff.supervisorsOf(event.authorId())) {
            raise(link.supervisorId(), NotificationKind.COSIGN);
        }
    }

    @ApplicationModuleListener
    void on(ContactNoteReturned event) {
        raise(event.authorId(), NotificationKind.RETURNED);
    }

    @ApplicationModuleListener
    void on(CallsUnanswered event) {
        raise(event.calledBy(), NotificationKind.CALLS);
        for (SupervisorLink link : staff.supervisorsOf(event.calledBy())) {
            raise(link.supervisorId(), NotificationKind.CALLS);
        }
    }

    /** The worker asked for their supervisors now: sent at once by every channel they have, quiet hours or not. */
    @ApplicationModuleListener
    void on(SafetyResponseNeeded event) {
        Instant now = Instant.now(clock);
        for (SupervisorLink link : staff.supervisorsOf(event.enteredBy())) {
            queue(link.supervisorId(), store.settings(link.supervisorId()), NotificationKind.SAFETY.name(), now);
        }
    }

    /** Queues an immediate reminder of {@code kind} for a person who chose one, by each channel they use. */
    void raise(UUID staffId, NotificationKind kind) {
        NotificationSettings settings = store.settings(staffId);
        if (settings.timingOf(kind) == Timing.IMMEDIATE) {
            queue(staffId, settings, kind.name());
        }
    }

    /** Plans the digests whose hour has come today (each person once a day). */
    @Scheduled(
            fixedDelayString = "${alongside.notifications.plan-interval:PT1M}",
            initialDelayString = "${alongside.notifications.plan-interval:PT1M}")
    void planDigests() {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<UUID, NotificationSettings> due = store.takeDigestsDue(now.toLocalDate(), now.toLocalTime());
        due.forEach((staffId, settings) -> {
            if (settings.timing().values().stream().anyMatch(t -> t != Timing.OFF)) {
                queue(staffId, settings, Deliveries.DIGEST);
            }
        });
    }

    private void queue(UUID staffId, NotificationSettings settings, String what) {
        Instant now = Instant.now(clock);
        queue(staffId, settings, what, afterQuietHours(settings, now));
    }

    private void queue(UUID staffId, NotificationSettings settings, String what, Instant due) {
        Instant now = Instant.now(clock);
        if (settings.byEmail() && email.available()) {
            store.enqueue(staffId, NotificationStore.Channel.EMAIL, what, due, now);
        }
        if (settings.byPush()
                && push.available()
                && !store.subscriptions(staffId).isEmpty()) {
            store.enqueue(staffId, NotificationStore.Channel.PUSH, what, due, now);
        }
    }

    /** {@code now}, or when the quiet hours it falls in end. */
    Instant afterQuietHours(NotificationSettings settings, Instant now) {
        ZonedDateTime local = now.atZone(clock.getZone());
        if (!settings.quietAt(local.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = local.with(settings.quietUntil());
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}

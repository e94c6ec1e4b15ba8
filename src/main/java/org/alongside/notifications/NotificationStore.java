package org.alongside.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settings, push subscriptions and the delivery outbox: one statement each. */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A device the person's installed app subscribed for push. */
    record Subscription(UUID id, String endpoint, String p256dh, String auth) {}

    /** A delivery claimed for sending, with what the sender needs of its recipient. */
    record Due(UUID id, UUID staffId, Channel channel, String what, int attempts, String language) {}

    enum Channel {
        EMAIL,
        PUSH
    }

    NotificationSettings settings(UUID staffId) {
        return jdbc.sql("select * from notification_setting where staff_id = :s")
                .param("s", staffId)
                .query((rs, n) -> settings(rs))
                .optional()
                .orElseGet(NotificationSettings::defaults);
    }

    /** Saves the settings read at their version (-1 for the defaults never saved); stale otherwise. */
    void save(UUID staffId, NotificationSettings s) {
        int changed = jdbc.sql(s.version() < 0 ? """
                        insert into notification_setting (staff_id, by_email, by_push, digest_at, quiet_from, quiet_until,
                                                          cosign, returned, follow_ups, calls, version)
                        values (:s, :email, :push, :digest, :qf, :qu, :cosign, :returned, :followUps, :calls, 0)
                        on conflict do nothing
                        """ : """
                        update notification_setting set by_email = :email, by_push = :push, digest_at = :digest,
                               quiet_from = :qf, quiet_until = :qu, cosign = :cosign, returned = :returned,
                               follow_ups = :followUps, calls = :calls, version = version + 1
                        where staff_id = :s and version = :version
                        """)
                .param("s", staffId)
                .param("email", s.byEmail())
                .param("push", s.byPush())
                .param("digest", s.digestAt())
                .param("qf", s.quietFrom())
                .param("qu", s.quietUntil())
                .param("cosign", s.timingOf(NotificationKind.COSIGN).name())
                .param("returned", s.timingOf(NotificationKind.RETURNED).name())
                .param("followUps", s.timingOf(NotificationKind.FOLLOW_UPS).name())
                .param("calls", s.timingOf(NotificationKind.CALLS).name())
                .param("version", s.version())
                .update();
        if (changed == 0) {
            throw new StaleVersionException(
                    "Your reminder settings", settings(staffId).version());
        }
    }

    /** Keeps the device's subscription for this person (a device that moves to another person moves with it). */
    void subscribe(UUID staffId, String endpoint, String p256dh, String auth, Instant at) {
        jdbc.sql("""
                insert into push_subscription (id, staff_id, endpoint, p256dh, auth, created_at)
                values (:id, :s, :endpoint, :p256dh, :auth, :at)
                on conflict (endpoint) do update set staff_id = :s, p256dh = :p256dh, auth = :auth, created_at = :at
                """)
                .param("id", UUID.randomUUID())
                .param("s", staffId)
                .param("endpoint", endpoint)
                .param("p256dh", p256dh)
                .param("auth", auth)
                .param("at", Timestamp.from(at))
                .update();
    }

    int unsubscribe(UUID staffId, String endpoint) {
        return jdbc.sql("delete from push_subscription where staff_id = :s and endpoint = :endpoint")
                .param("s", staffId)
                .param("endpoint", endpoint)
                .update();
    }

    List<Subscription> subscriptions(UUID staffId) {
        return jdbc.sql("select id, endpoint, p256dh, auth from push_subscription where staff_id = :s")
                .param("s", staffId)
                .query((rs, n) -> new Subscription(
                        rs.getObject("id", UUID.class),
                        rs.getString("endpoint"),
                        rs.getString("p256dh"),
                        rs.getString("auth")))
                .list();
    }

    /** A subscription the push service says is gone. */
    void forget(UUID subscriptionId) {
        jdbc.sql("delete from push_subscription where id = :id")
                .param("id", subscriptionId)
                .update();
    }

    /**
     * Queues a delivery, unless one of the same kind by the same channel is already waiting for
     * this person: a reminder says what is waiting when it is sent, so one is enough.
     */
    void enqueue(UUID staffId, Channel channel, String what, Instant due, Instant now) {
        jdbc.sql("""
                insert into notification_delivery (id, staff_id, channel, what, created_at, due_at, state)
                select :id, :s, :channel, :what, :now, :due, 'WAITING'
                where not exists (select 1 from notification_delivery d where d.staff_id = :s and d.channel = :channel
                                  and d.what = :what and d.state = 'WAITING')
                """)
                .param("id", UUID.randomUUID())
                .param("s", staffId)
                .param("channel", channel.name())
                .param("what", what)
                .param("now", Timestamp.from(now))
                .param("due", Timestamp.from(due))
                .update();
    }

    /** Deliveries due now, locked for this sender (another node skips them). */
    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                select d.id, d.staff_id, d.channel, d.what, d.attempts, s.language
                from notification_delivery d join staff_member s on s.id = d.staff_id
                where d.state = 'WAITING' and d.due_at <= :now
                order by d.due_at limit :limit
                for update of d skip locked
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("what"),
                        rs.getInt("attempts"),
                        rs.getString("language")))
                .list();
    }

    void done(UUID id, String state, Instant at) {
        jdbc.sql("update notification_delivery set state = :state, done_at = :at where id = :id")
                .param("id", id)
                .param("state", state)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
    void failed(UUID id, String error, Instant next, Instant at) {
        jdbc.sql("""
                update notification_delivery set attempts = attempts + 1, last_error = :error,
                       due_at = coalesce(cast(:next as timestamptz), due_at),
                       state = case when cast(:next as timestamptz) is null then 'GAVE_UP' else 'WAITING' end,
                       done_at = case when cast(:next as timestamptz) is null then cast(:at as timestamptz) end
                where id = :id
                """)
                .param("id", id)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("next", next == null ? null : Timestamp.from(next))
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Active staff whose digest time has come today and whose digest was not planned today, with
     * what they chose (defaults when they never changed them); marked planned in the same statement.
     */
    Map<UUID, NotificationSettings> takeDigestsDue(LocalDate today, LocalTime now) {
        Map<UUID, NotificationSettings> due = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                with due as (
                  select s.id from staff_member s
                  left join notification_setting n on n.staff_id = s.id
                  left join notification_digest g on g.staff_id = s.id
                  where s.active and coalesce(n.digest_at, :defaultAt) <= :now
                    and (g.last_on is null or g.last_on < :today)),
                planned as (
                  insert into notification_digest (staff_id, last_on) select id, :today from due
                  on conflict (staff_id) do update set last_on = excluded.last_on)
                select due.id as staff, n.* from due left join notification_setting n on n.staff_id = due.id
                """)
                .param("defaultAt", NotificationSettings.DIGEST_AT)
                .param("now", now)
                .param("today", today)
                .query(rs -> {
                    due.put(
                            rs.getObject("staff", UUID.class),
                            rs.getObject("staff_id") == null ? NotificationSettings.defaults() : settings(rs));
                });
        return due;
    }

    private static NotificationSettings settings(ResultSet rs) throws SQLException {
        Map<NotificationKind, Timing> timing = new EnumMap<>(NotificationKind.class);
        timing.put(NotificationKind.COSIGN, Timing.valueOf(rs.getString("cosign")));
        timing.put(NotificationKind.RETURNED, Timing.valueOf(rs.getString("returned")));
        timing.put(NotificationKind.FOLLOW_UPS, Timing.valueOf(rs.getString("follow_ups")));
        timing.put(NotificationKind.CALLS, Timing.valueOf(rs.getString("calls")));
        return new NotificationSettings(
                rs.getBoolean("by_email"),
                rs.getBoolean("by_push"),
                rs.getObject("digest_at", LocalTime.class),
                rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_until", LocalTime.class),
                timing,
                rs.getLong("version"));
    }
}

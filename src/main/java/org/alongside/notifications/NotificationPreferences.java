package org.alongside.notifications;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own reminder settings and the devices their app subscribed: read and changed by
 * that person only (an administrator does not choose someone's reminders).
 */
@Service
public class NotificationPreferences {

    private final NotificationStore store;
    private final EmailChannel email;
    private final PushKeys keys;
    private final Clock clock;

    NotificationPreferences(NotificationStore store, EmailChannel email, PushKeys keys, Clock clock) {
        this.store = store;
        this.email = email;
        this.keys = keys;
        this.clock = clock;
    }

    /** The settings page: what they chose, how many devices get pushes, and which channels this server has. */
    public record Page(NotificationSettings settings, int devices, boolean emailAvailable, String pushKey) {}

    /** A device's push subscription as the browser gives it: the endpoint and its two keys (base64url). */
    public record Device(
            @Schema(requiredMode = REQUIRED, example = "https://push.example.org/send/c1KrmpTuRm")
            String endpoint,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "the subscription's keys.p256dh (RFC 8291's example here)",
                    example = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
            String p256dh,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "the subscription's keys.auth",
                    example = "BTBZMqHH6r4Tts7J_aSIgg")
            String auth) {}

    public Page page(Viewer.StaffMember viewer, UUID staffId) {
        own(viewer, staffId);
        return new Page(
                store.settings(staffId),
                store.subscriptions(staffId).size(),
                email.available(),
                keys.applicationServerKey().orElse(null));
    }

    @Transactional
    public NotificationSettings save(Viewer.StaffMember viewer, UUID staffId, NotificationSettings settings) {
        own(viewer, staffId);
        settings.check();
        store.save(staffId, settings);
        return store.settings(staffId);
    }

    @Transactional
    public void subscribe(Viewer.StaffMember viewer, Device device) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!pushEndpoint(device.endpoint())) {
            errors.put("endpoint", "Send the push service's https address for this device");
        }
        if (!key(device.p256dh(), 65)) {
            errors.put("p256dh", "Send the device's public key (p256dh) as the browser gives it");
        }
        if (!key(device.auth(), 16)) {
            errors.put("auth", "Send the device's auth secret as the browser gives it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (keys.keys().isEmpty()) {
            throw new org.alongside.shared.ConflictException("Push reminders are off on this server");
        }
        store.subscribe(viewer.id(), device.endpoint(), device.p256dh(), device.auth(), Instant.now(clock));
    }

    @Transactional
    public boolean unsubscribe(Viewer.StaffMember viewer, String endpoint) {
        return store.unsubscribe(viewer.id(), endpoint) > 0;
    }

    public Optional<String> pushKey() {
        return keys.applicationServerKey();
    }

    private static void own(Viewer.StaffMember viewer, UUID staffId) {
        if (!viewer.id().equals(staffId)) {
            throw new AccessDeniedException("Each person chooses their own reminders: these are someone else's.");
        }
    }

    /** An https address (or http on this machine, for a local push service in development). */
    private static boolean pushEndpoint(String endpoint) {
        if (endpoint == null || endpoint.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(endpoint);
            return "https".equals(uri.getScheme()) && uri.getHost() != null
                    || "http".equals(uri.getScheme())
                            && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean key(String value, int bytes) {
        if (value == null || value.length() > 200) {
            return false;
        }
        try {
            return Base64.getUrlDecoder()
                            .decode(value.replace('+', '-').replace('/', '_').replace("=", ""))
                            .length
                    == bytes;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package org.alongside.notifications;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alongside.shared.InvalidInputException;

/**
 * What one staff member chose: e-mail and push on or off, the time of the daily digest, quiet
 * hours (an immediate reminder waits until they end; they may run past midnight), and the timing
 * of each kind. The defaults: everything in a digest at 07:30, by every channel there is.
 */
public record NotificationSettings(
        @Schema(requiredMode = REQUIRED) boolean byEmail,
        @Schema(requiredMode = REQUIRED) boolean byPush,
        @Schema(requiredMode = REQUIRED, example = "07:30") LocalTime digestAt,

        @Schema(description = "quiet hours, with quietUntil; they may run past midnight", example = "22:00")
        LocalTime quietFrom,

        @Schema(example = "07:00") LocalTime quietUntil,

        @Schema(
                description = "OFF, DIGEST (the default) or IMMEDIATE for each kind; SAFETY is always IMMEDIATE",
                example = "{\"COSIGN\": \"IMMEDIATE\"}")
        Map<NotificationKind, Timing> timing,

        @Schema(requiredMode = REQUIRED, description = "the version read; -1 for settings never saved")
        long version) {

    public static final LocalTime DIGEST_AT = LocalTime.of(7, 30);

    public NotificationSettings {
        EnumMap<NotificationKind, Timing> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(
                    kind,
                    !kind.chosen()
                            ? Timing.IMMEDIATE
                            : timing == null || timing.get(kind) == null ? Timing.DIGEST : timing.get(kind));
        }
        timing = Map.copyOf(all);
    }

    public static NotificationSettings defaults() {
        return new NotificationSettings(true, true, DIGEST_AT, null, null, null, -1);
    }

    public Timing timingOf(NotificationKind kind) {
        return timing.get(kind);
    }

    /** Refuses what cannot be kept: no digest time, or quiet hours with one end only or none at all. */
    public void check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (digestAt == null) {
            errors.put("digestAt", "Choose when the daily digest comes");
        }
        if ((quietFrom == null) != (quietUntil == null)) {
            errors.put(quietFrom == null ? "quietFrom" : "quietUntil", "Give both ends of the quiet hours, or neither");
        } else if (quietFrom != null && quietFrom.equals(quietUntil)) {
            errors.put("quietUntil", "Quiet hours end at another time than they start");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Whether {@code time} falls in the quiet hours. */
    public boolean quietAt(LocalTime time) {
        if (quietFrom == null) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}

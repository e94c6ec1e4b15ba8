package org.alongside.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.alongside.notifications.NotificationPreferences;
import org.alongside.notifications.NotificationSettings;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A staff member's own reminder settings and push devices over the API; someone else's are refused (403). */
@RestController
@Tag(name = "Reminders")
class ReminderApi {

    private final NotificationPreferences preferences;

    ReminderApi(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** The settings with their version at the top (-1 until first saved), how many devices get pushes, and what this server can send. */
    record Reminders(
            long version, NotificationSettings settings, int devices, boolean emailAvailable, String pushKey) {}

    @Operation(summary = "The staff member's reminder settings, with how many devices get pushes")
    @GetMapping("/api/v1/staff/{id}/reminders")
    Reminders get(StaffMember user, @PathVariable UUID id) {
        NotificationPreferences.Page page = preferences.page(user, id);
        return new Reminders(
                page.settings().version(), page.settings(), page.devices(), page.emailAvailable(), page.pushKey());
    }

    @Operation(summary = "Change the staff member's own reminder settings (send the version read; -1 for the defaults)")
    @PutMapping("/api/v1/staff/{id}/reminders")
    NotificationSettings put(StaffMember user, @PathVariable UUID id, @RequestBody NotificationSettings body) {
        return preferences.save(user, id, body);
    }

    @Operation(summary = "Subscribe a device of the signed-in staff member for push reminders")
    @PostMapping("/api/v1/account/push-subscriptions")
    ResponseEntity<Void> subscribe(StaffMember user, @RequestBody NotificationPreferences.Device device) {
        preferences.subscribe(user, device);
        return ResponseEntity.noContent().build();
    }
}

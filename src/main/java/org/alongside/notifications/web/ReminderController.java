package org.alongside.notifications.web;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.alongside.notifications.NotificationKind;
import org.alongside.notifications.NotificationPreferences;
import org.alongside.notifications.NotificationSettings;
import org.alongside.notifications.Timing;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own reminders page: what reaches them and when, quiet hours, and this phone's push
 * subscription (the page's script subscribes the installed app and posts the subscription here).
 */
@Controller
class ReminderController {

    private final NotificationPreferences preferences;
    private final Texts texts;

    ReminderController(NotificationPreferences preferences, Texts texts) {
        this.preferences = preferences;
        this.texts = texts;
    }

    @GetMapping("/account/reminders")
    String page(StaffMember user, Model model) {
        NotificationPreferences.Page page = preferences.page(user, user.id());
        model.addAttribute("settings", page.settings());
        model.addAttribute("devices", page.devices());
        model.addAttribute("emailAvailable", page.emailAvailable());
        model.addAttribute("pushKey", page.pushKey());
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(NotificationKind.values())
                        .filter(NotificationKind::chosen)
                        .toList());
        model.addAttribute("timings", Timing.values());
        Forms.errorsIfNone(model);
        return "account/reminders";
    }

    @PostMapping("/account/reminders")
    String save(
            StaffMember user,
            @RequestParam(defaultValue = "false") boolean byEmail,
            @RequestParam(defaultValue = "false") boolean byPush,
            @RequestParam(required = false) String digestAt,
            @RequestParam(required = false) String quietFrom,
            @RequestParam(required = false) String quietUntil,
            @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    LocalTime digest = FormValues.time(digestAt, "digestAt", errors);
                    LocalTime from = FormValues.time(quietFrom, "quietFrom", errors);
                    LocalTime until = FormValues.time(quietUntil, "quietUntil", errors);
                    Map<NotificationKind, Timing> timing = new EnumMap<>(NotificationKind.class);
                    for (NotificationKind kind : NotificationKind.values()) {
                        if (!kind.chosen()) {
                            continue;
                        }
                        Timing chosen =
                                FormValues.choice(Timing.class, form.get("timing." + kind), "timing." + kind, errors);
                        timing.put(kind, chosen == null ? Timing.OFF : chosen);
                    }
                    Forms.refuseIfAny(errors);
                    preferences.save(
                            user,
                            user.id(),
                            new NotificationSettings(byEmail, byPush, digest, from, until, timing, version));
                    redirect.addFlashAttribute("saved", texts.of("reminders.flash.saved"));
                    return "redirect:/account/reminders";
                },
                () -> page(user, model));
    }

    /** The installed app's push subscription for this phone, posted by the page's script. */
    @PostMapping("/account/push-subscriptions")
    @ResponseBody
    ResponseEntity<Void> subscribe(StaffMember user, @RequestBody NotificationPreferences.Device device) {
        preferences.subscribe(user, device);
        return ResponseEntity.noContent().build();
    }

    /** This phone stops getting pushes (the script unsubscribes it from the browser too). */
    @PostMapping("/account/push-subscriptions/remove")
    @ResponseBody
    ResponseEntity<Void> unsubscribe(StaffMember user, @RequestBody NotificationPreferences.Device device) {
        preferences.unsubscribe(user, device.endpoint());
        return ResponseEntity.noContent().build();
    }
}

package org.alongside.notifications;

import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushService;
import com.interaso.webpush.WebPushStatusException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Web Push to every device a person's installed app subscribed: the payload is encrypted for the
 * device (RFC 8291) and the request signed with the VAPID key (RFC 8292). A subscription the push
 * service says is gone (404, 410) is forgotten quietly; any other failure is the delivery's to retry.
 */
@Component
class PushChannel {

    private final PushKeys keys;
    private final NotificationStore store;
    private final String subject;

    PushChannel(PushKeys keys, NotificationStore store, @Value("${alongside.push.subject}") String subject) {
        this.keys = keys;
        this.store = store;
        this.subject = subject;
    }

    boolean available() {
        return keys.keys().isPresent();
    }

    /** Sends to each device; answers how many took it. Throws when none took it and a service failed otherwise. */
    int send(List<NotificationStore.Subscription> devices, String payload) throws PushFailed {
        WebPushService service = new WebPushService(subject, keys.keys().orElseThrow());
        int sent = 0;
        String failure = null;
        for (NotificationStore.Subscription device : devices) {
            try {
                WebPush.SubscriptionState state = service.send(
                        payload,
                        device.endpoint(),
                        device.p256dh(),
                        device.auth(),
                        24 * 60 * 60,
                        null,
                        WebPush.Urgency.Normal);
                if (state == WebPush.SubscriptionState.EXPIRED) {
                    store.forget(device.id());
                } else {
                    sent++;
                }
            } catch (Exception e) {
                if (e instanceof WebPushStatusException status
                        && (status.getStatusCode() == 404 || status.getStatusCode() == 410)) {
                    store.forget(device.id());
                } else {
                    failure = e instanceof WebPushStatusException status
                            ? "push service answered " + status.getStatusCode()
                            : "push service unreachable: " + e.getClass().getSimpleName();
                }
            }
        }
        if (sent == 0 && failure != null) {
            throw new PushFailed(failure);
        }
        return sent;
    }

    /** A push service that failed for another reason than a gone subscription. */
    static final class PushFailed extends Exception {
        PushFailed(String why) {
            super(why);
        }
    }
}

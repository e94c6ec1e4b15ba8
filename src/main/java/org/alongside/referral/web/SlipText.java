package org.alongside.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alongside.directory.HoursText;
import org.alongside.directory.ServicePage;
import org.alongside.participant.ContactKind;
import org.alongside.participant.ParticipantDetails.ContactMethod;
import org.alongside.participant.ParticipantView;
import org.alongside.referral.ReferralView;
import org.alongside.shared.Language;
import org.alongside.shared.web.Dates;
import org.alongside.shared.web.Texts;
import org.alongside.staff.WorkPhones;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a referral slip says, as the lines of a text message the worker can send the person: the
 * service, where and when, what to bring, and how to reach the worker, in the person's language.
 * The PDF slip says the same on paper.
 */
@Component
class SlipText {

    private final HoursText hours;
    private final WorkPhones phones;
    private final Texts texts;
    private final Dates dates;

    SlipText(HoursText hours, WorkPhones phones, Texts texts, Dates dates) {
        this.dates = dates;
        this.hours = hours;
        this.phones = phones;
        this.texts = texts;
    }

    /** The slip's words for {@code person}, from the worker {@code workerId}. */
    String text(ServicePage.View service, ReferralView referral, UUID workerId, ParticipantView person) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        try {
            LocaleContextHolder.setLocale(language(person).locale());
            List<String> lines = new ArrayList<>();
            lines.add(service.name());
            if (referral.appointment() != null) {
                lines.add(texts.of("slip.appointment") + ": "
                        + dates.day(referral.appointment().on())
                        + (referral.appointment().at() == null
                                ? ""
                                : ", " + dates.time(referral.appointment().at())));
            }
            service.places().stream()
                    .filter(p -> p.address() != null)
                    .findFirst()
                    .ifPresent(p -> lines.add(p.address()));
            service.phones().stream().findFirst().ifPresent(lines::add);
            service.hours().stream().map(hours::of).forEach(lines::add);
            if (!service.documents().isEmpty()) {
                lines.add(texts.of("slip.bring") + ": " + String.join("; ", service.documents()));
            }
            phones.of(workerId)
                    .ifPresent(worker -> lines.add(worker.workPhone()
                            .map(phone -> texts.of("slip.worker", worker.displayName(), phone))
                            .orElse(texts.of("slip.workerNoPhone", worker.displayName()))));
            return String.join("\n", lines);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** The language the person's documents are written in. */
    static Language language(ParticipantView person) {
        return Language.forDocumentsIn(person.details().preferredLanguage());
    }

    /** The number a slip is texted to: the person's preferred phone, or their first one; empty when they have none. */
    static String textNumber(ParticipantView person) {
        return person.details().contactMethods().stream()
                .filter(c -> c.kind() != ContactKind.EMAIL)
                .sorted((a, b) -> Boolean.compare(b.preferred(), a.preferred()))
                .map(ContactMethod::dialable)
                .findFirst()
                .orElse("");
    }
}

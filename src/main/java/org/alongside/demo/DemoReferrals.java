package org.alongside.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alongside.directory.DirectorySearch;
import org.alongside.directory.DirectorySearch.Query;
import org.alongside.referral.ContactPreference;
import org.alongside.referral.Helped;
import org.alongside.referral.NotConnectedReason;
import org.alongside.referral.ReferralManagement;
import org.alongside.referral.ReferralManagement.NewReferral;
import org.alongside.referral.ReferralStatus;
import org.alongside.referral.ReferralView;
import org.alongside.shared.Viewer;
import org.alongside.staff.WorkPhones;
import org.springframework.stereotype.Component;

/**
 * A first peer worker's referrals in the demo, one at each point of the loop: a suggestion to
 * follow up today, one in progress, one connected that helped, one that ended on a waitlist; and
 * the worker's work phone, so their referral slips say how to reach them.
 */
@Component
class DemoReferrals {

    private final Clock clock;

    private final ReferralManagement referrals;
    private final DirectorySearch search;
    private final WorkPhones phones;

    DemoReferrals(ReferralManagement referrals, DirectorySearch search, WorkPhones phones, Clock clock) {
        this.clock = clock;
        this.referrals = referrals;
        this.search = search;
        this.phones = phones;
    }

    void seed(Viewer.StaffMember worker, List<UUID> people) {
        phones.setOwn(worker, "555-0142");
        Optional<UUID> food = first("food");
        Optional<UUID> housing = first("housing");
        Optional<UUID> support = first("mutual_support");
        if (people.size() < 3 || food.isEmpty() || housing.isEmpty() || support.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        make(
                worker,
                people.get(0),
                food.get(),
                "food",
                "Somewhere open on Saturdays",
                ContactPreference.PERSON_CONTACTS,
                today);
        ReferralView housed = make(
                worker,
                people.get(1),
                housing.get(),
                "housing",
                null,
                ContactPreference.WORKER_GOES_WITH,
                today.plusDays(3));
        housed = step(worker, housed, ReferralStatus.AGREED, null, null);
        step(worker, housed, ReferralStatus.IN_PROGRESS, null, "Appointment on Thursday at 10; I will go along");
        ReferralView group = make(
                worker,
                people.get(2),
                support.get(),
                "mutual_support",
                "Wants an evening group",
                ContactPreference.PERSON_CONTACTS,
                today.plusDays(7));
        group = step(worker, group, ReferralStatus.AGREED, null, null);
        group = step(worker, group, ReferralStatus.IN_PROGRESS, null, null);
        group = step(worker, group, ReferralStatus.CONNECTED, null, "Went twice already");
        referrals.recordHelped(
                worker,
                group.participantId(),
                group.id(),
                Helped.YES,
                "I found a group that feels like mine",
                group.version());
        ReferralView waiting = make(
                worker,
                people.get(0),
                housing.get(),
                "housing",
                null,
                ContactPreference.WORKER_CONTACTS,
                today.plusDays(7));
        waiting = step(worker, waiting, ReferralStatus.AGREED, null, null);
        step(worker, waiting, ReferralStatus.NOT_CONNECTED, NotConnectedReason.WAITLIST, "Six months on the list");
    }

    private Optional<UUID> first(String need) {
        return search
                .search(new Query(null, List.of(need), null, null, false, false, null, null, null, 1))
                .results()
                .stream()
                .map(DirectorySearch.Result::id)
                .findFirst();
    }

    private ReferralView make(
            Viewer.StaffMember worker,
            UUID person,
            UUID service,
            String need,
            String note,
            ContactPreference contact,
            LocalDate followUp) {
        return referrals.suggest(worker, person, new NewReferral(service, need, note, contact, followUp));
    }

    private ReferralView step(
            Viewer.StaffMember worker, ReferralView r, ReferralStatus to, NotConnectedReason why, String note) {
        return referrals.move(worker, r.participantId(), r.id(), to, why, note, r.version());
    }
}

package org.alongside.directory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What became of past referrals to services, for staff deciding where to refer: how many ended,
 * how many of those ended connected, and of the connected ones how many the person said helped.
 * The referral module answers it; the directory shows a share only when at least five referrals
 * stand behind it.
 */
public interface ServiceOutcomes {

    /** The fewest referrals behind a share that is shown. */
    int SHOWN_FROM = 5;

    record Outcome(int ended, int connected, int rated, int helped) {

        public boolean connectedShown() {
            return ended >= SHOWN_FROM;
        }

        public boolean helpedShown() {
            return rated >= SHOWN_FROM;
        }
    }

    /** The outcomes of referrals to each of these services (services without any are left out). */
    Map<UUID, Outcome> of(Collection<UUID> serviceIds);
}

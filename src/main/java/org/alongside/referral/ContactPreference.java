package org.alongside.referral;

/** How the person wants the contact with the service to happen: their choice, recorded with the referral. */
public enum ContactPreference {
    /** The person contacts the service themselves. */
    PERSON_CONTACTS,
    /** The worker goes with them. */
    WORKER_GOES_WITH,
    /** The worker contacts the service for them. */
    WORKER_CONTACTS,
    /** "Don't reach out to me": the service is not to contact the person. */
    DO_NOT_REACH_OUT
}

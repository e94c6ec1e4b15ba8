package org.alongside.demo;

/** The made-up names, pronouns, languages and referral sources the demo organisation draws from. */
final class DemoNames {

    private DemoNames() {}

    static final String[] FIRST = {
        "Alex", "Jordan", "Sam", "Maria", "Dev", "Keisha", "Tomás", "Aiyana", "Chen", "Fatima", "Luis", "Grace", "Noah",
        "Imani", "Ravi", "Olivia", "Kwame", "Rosa", "Eli", "Hana"
    };
    static final String[] LAST = {
        "Rivera",
        "Okafor",
        "Nguyen",
        "Smith",
        "Haddad",
        "Johnson",
        "Kowalski",
        "Begay",
        "Garcia",
        "Patel",
        "Walker",
        "Kim",
        "Mensah",
        "O'Brien"
    };
    static final String[] PRONOUNS = {"she/her", "he/him", "they/them", null, "she/they"};
    static final String[] LANGUAGES = {"English", "Spanish", "English", "Vietnamese", "English", "Arabic"};
    static final String[] REFERRALS = {
        "Self-referred",
        "Emergency department",
        "Outpatient clinic",
        "Drug court",
        "Family member",
        "Community outreach",
        "Shelter staff"
    };
}

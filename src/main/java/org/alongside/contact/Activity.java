package org.alongside.contact;

/** What the peer worker did with the person (SAMHSA's activities, plus crisis support). */
public enum Activity {
    ADVOCATING("Advocating"),
    SHARING_RESOURCES("Sharing resources and building skills"),
    BUILDING_COMMUNITY("Building community and relationships"),
    LEADING_GROUP("Leading a recovery group"),
    MENTORING_AND_GOALS("Mentoring and setting goals"),
    CRISIS_SUPPORT("Crisis support"),
    OTHER("Other");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.alongside.contact;

/**
 * What the peer worker did with the person (SAMHSA's activities, plus crisis support), and the
 * time that went to tasks outside the peer role, logged honestly so supervision can see drift.
 */
public enum Activity {
    ADVOCATING("Advocating"),
    SHARING_RESOURCES("Sharing resources and building skills"),
    BUILDING_COMMUNITY("Building community and relationships"),
    LEADING_GROUP("Leading a recovery group"),
    MENTORING_AND_GOALS("Mentoring and setting goals"),
    CRISIS_SUPPORT("Crisis support"),
    OTHER("Other"),
    TRANSPORT_ONLY("Driving only, with no peer support", true),
    CLERICAL("Paperwork or clerical work", true),
    CLINICAL_TASK("A clinical task", true);

    private final String label;
    private final boolean outsideRole;

    Activity(String label) {
        this(label, false);
    }

    Activity(String label, boolean outsideRole) {
        this.label = label;
        this.outsideRole = outsideRole;
    }

    /** Whether this is work outside the peer role (its time counts toward role drift). */
    public boolean outsideRole() {
        return outsideRole;
    }

    public String label() {
        return label;
    }
}

package org.alongside.recoveryplan;

/** The eight dimensions of wellness (SAMHSA / Swarbrick). */
public enum WellnessDimension {
    EMOTIONAL("Emotional", "Coping with life and building satisfying relationships"),
    ENVIRONMENTAL("Environmental", "Pleasant, safe, stimulating surroundings"),
    FINANCIAL("Financial", "Satisfaction with present and future finances"),
    INTELLECTUAL("Intellectual", "Creative abilities and learning"),
    OCCUPATIONAL("Occupational", "Satisfaction from work or other roles"),
    PHYSICAL("Physical", "Activity, food, sleep and health care"),
    SOCIAL("Social", "Connection, belonging and support"),
    SPIRITUAL("Spiritual", "Purpose and meaning");

    private final String label;
    private final String description;

    WellnessDimension(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}

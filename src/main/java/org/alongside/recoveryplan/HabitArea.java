package org.alongside.recoveryplan;

/** What a daily-plan habit is about. */
public enum HabitArea {
    SLEEP_AND_REST("Sleep and rest"),
    PHYSICAL_ACTIVITY("Physical activity"),
    EATING_WELL("Eating well"),
    RELAXATION_AND_STRESS("Relaxation and stress"),
    SUBSTANCES_AND_TOBACCO("Substances and tobacco"),
    HEALTH_CARE("Health care and screenings"),
    EMOTIONAL("Emotional"),
    ENVIRONMENTAL("Environmental"),
    FINANCIAL("Financial"),
    INTELLECTUAL("Intellectual"),
    OCCUPATIONAL("Occupational"),
    SOCIAL("Social"),
    SPIRITUAL("Spiritual");

    private final String label;

    HabitArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

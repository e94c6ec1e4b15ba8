package org.alongside.groups;

/** What kind of recovery group it is. */
public enum GroupType {
    MUTUAL_SUPPORT("Mutual support"),
    SKILL_BUILDING("Skill building"),
    WELLNESS("Wellness"),
    WRAP_PLANNING("WRAP-style planning"),
    OTHER("Other");

    private final String label;

    GroupType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.alongside.recoveryplan;

/** How a habit went on a day. "Not today" is a fine answer: progress, not perfection. */
public enum CheckInResult {
    DONE("Done", "✓"),
    PARTLY("Partly", "½"),
    NOT_TODAY("Not today", "·");

    private final String label;
    private final String mark;

    CheckInResult(String label, String mark) {
        this.label = label;
        this.mark = mark;
    }

    public String label() {
        return label;
    }

    public String mark() {
        return mark;
    }

    /** Done and partly both keep a streak going. */
    public boolean counts() {
        return this != NOT_TODAY;
    }
}

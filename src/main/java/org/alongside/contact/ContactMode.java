package org.alongside.contact;

/** How the contact happened. */
public enum ContactMode {
    PHONE_CALL("Phone call"),
    TEXT_MESSAGES("Text messages"),
    VIDEO("Video"),
    OFFICE_OR_DROP_IN("Office or drop-in visit"),
    HOME_VISIT("Home visit"),
    WALK("Walk"),
    ERRAND("Errand, such as grocery shopping"),
    ACCOMPANYING("Accompanying to an appointment or event"),
    GROUP("Group");

    private final String label;

    ContactMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

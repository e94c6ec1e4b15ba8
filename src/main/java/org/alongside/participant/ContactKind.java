package org.alongside.participant;

/** How a person may be reached. */
public enum ContactKind {
    PHONE("Phone"),
    TEXT("Text message"),
    EMAIL("Email");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

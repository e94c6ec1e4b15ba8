package org.alongside.recoveryplan;

/** How the person agreed to their plan. */
public enum AgreementKind {
    TYPED_SIGNATURE("Signed by typing their name"),
    VERBAL("Agreed verbally");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.alongside.shared;

/** What a staff member may do; a person may hold several. */
public enum Role {
    ADMIN("Administrator"),
    SUPERVISOR("Supervisor"),
    PEER_WORKER("Peer worker");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

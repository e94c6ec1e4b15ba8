package org.alongside.staff;

/** Where a program offers peer support. */
public enum ProgramSetting {
    HOSPITAL("Hospital"),
    OUTPATIENT_CLINIC("Outpatient clinic"),
    PEER_RUN_CENTER("Peer-run center"),
    RECOVERY_COMMUNITY_ORGANIZATION("Recovery community organization"),
    COMMUNITY_OUTREACH("Community outreach"),
    COURT("Court"),
    CORRECTIONAL_FACILITY("Correctional facility"),
    VETERANS_CENTER("Veterans' center"),
    OTHER("Other");

    private final String label;

    ProgramSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

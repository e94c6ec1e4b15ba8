package org.alongside.shared;

/** Someone else saved the record since it was read; nothing was overwritten. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else since you opened it. Nothing was overwritten: reload to see the latest version.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

package org.alongside.shared;

import java.util.List;

/** Someone else saved the record since it was read; nothing was overwritten. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final List<String> changes;

    public StaleVersionException(String what, long currentVersion) {
        this(what, currentVersion, List.of());
    }

    /** With {@code changes}: what the other save changed, so the person can see it before trying again. */
    public StaleVersionException(String what, long currentVersion, List<String> changes) {
        super(
                what
                        + " was changed by someone else since you opened it. Nothing was overwritten: reload to see the latest version.");
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public List<String> changes() {
        return changes;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

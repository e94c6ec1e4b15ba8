package org.alongside.database;

import java.nio.file.Path;

/** Another running Alongside holds the embedded database's data directory. */
class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDir;

    DataDirectoryInUseException(Path dataDir) {
        super("The data directory " + dataDir + " is in use by another running Alongside");
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}

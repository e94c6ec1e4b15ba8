package org.alongside.directory;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with the directory of services: editing, importing and exporting it. */
public enum DirectoryActions implements Action {
    RESOURCE_ADD(change("directory.resource-add").forPurpose(Purpose.OPERATIONS)),
    RESOURCE_EDIT(change("directory.resource-edit").forPurpose(Purpose.OPERATIONS)),
    RESOURCE_STATUS(change("directory.resource-status").forPurpose(Purpose.OPERATIONS)),
    IMPORT(change("directory.import").forPurpose(Purpose.OPERATIONS)),
    EXPORT(read("directory.export").forPurpose(Purpose.OPERATIONS));

    private final Definition definition;

    DirectoryActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

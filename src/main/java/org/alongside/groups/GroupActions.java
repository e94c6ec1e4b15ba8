package org.alongside.groups;

import static org.alongside.shared.Action.change;
import static org.alongside.shared.Action.list;
import static org.alongside.shared.Action.read;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with recovery groups: the group and its sessions, the roster, attendance. */
public enum GroupActions implements Action {
    CREATE(change("group.create").forPurpose(Purpose.OPERATIONS)),
    VIEW(list("group.view")),
    ACCESS(read("group.access")),
    CANDIDATES(list("group.candidates")),
    ROSTER(change("group.roster")),
    SESSION(change("group.session")),
    SESSION_VIEW(list("group.session.view")),
    SESSION_NOTE(change("group.session.note")),
    SESSION_SIGN(change("group.session.sign")),
    ATTENDANCE(change("group.attendance")),
    ATTENDANCE_REMOVE(change("group.attendance.remove"));

    private final Definition definition;

    GroupActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

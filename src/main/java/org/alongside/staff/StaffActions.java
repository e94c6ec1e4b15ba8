package org.alongside.staff;

import static org.alongside.shared.Action.change;

import org.alongside.shared.Action;
import org.alongside.shared.Purpose;

/** What is done with staff, programs, sign-in and tokens: the program's operations. */
public enum StaffActions implements Action {
    SIGN_IN(change("signin.success").forPurpose(Purpose.OPERATIONS)),
    SIGN_IN_FAILED(change("signin.failure").forPurpose(Purpose.OPERATIONS)),
    SIGN_OUT(change("signout").forPurpose(Purpose.OPERATIONS)),
    TOKEN_CREATE(change("token.create").forPurpose(Purpose.OPERATIONS)),
    TOKEN_REVOKE(change("token.revoke").forPurpose(Purpose.OPERATIONS)),
    CREATE(change("staff.create").forPurpose(Purpose.OPERATIONS)),
    UPDATE(change("staff.update").forPurpose(Purpose.OPERATIONS)),
    ROLES(change("staff.roles").forPurpose(Purpose.OPERATIONS)),
    DEACTIVATE(change("staff.deactivate").forPurpose(Purpose.OPERATIONS)),
    REACTIVATE(change("staff.reactivate").forPurpose(Purpose.OPERATIONS)),
    COSIGN_REQUIREMENT(change("staff.cosign-requirement").forPurpose(Purpose.OPERATIONS)),
    PASSWORD_RESET(change("staff.password-reset").forPurpose(Purpose.OPERATIONS)),
    PASSWORD_CHANGE(change("staff.password-change").forPurpose(Purpose.OPERATIONS)),
    LANGUAGE(change("staff.language").forPurpose(Purpose.OPERATIONS)),
    WORK_PHONE(change("staff.work-phone").forPurpose(Purpose.OPERATIONS)),
    PROGRAM_CREATE(change("program.create").forPurpose(Purpose.OPERATIONS)),
    PROGRAM_MEMBER_ADD(change("program.member-add").forPurpose(Purpose.OPERATIONS)),
    PROGRAM_MEMBER_REMOVE(change("program.member-remove").forPurpose(Purpose.OPERATIONS)),
    SUPERVISION_ASSIGN(change("supervision.assign").forPurpose(Purpose.OPERATIONS));

    private final Definition definition;

    StaffActions(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

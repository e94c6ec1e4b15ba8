package org.alongside.shared;

import java.util.regex.Pattern;

/**
 * Something done that the audit trail records, declared once as an enum constant in the module
 * that does it ({@code ContactActions.SIGN}), so a module's whole vocabulary reads in one file. The
 * code is what the audit row keeps; the kind says whether it reads, changes or lists; the purpose
 * is why it is done unless the viewer says otherwise (a co-sign is supervision, a billing export
 * payment, the person reading their own record their own record).
 */
public interface Action {

    /** What the constant stands for. */
    Definition definition();

    /** The code the audit trail keeps, such as {@code contact.sign}; unique across all modules. */
    default String code() {
        return definition().code();
    }

    default Kind kind() {
        return definition().kind();
    }

    default Purpose purpose() {
        return definition().purpose();
    }

    /** Reading one record, changing it, or listing many. */
    enum Kind {
        READ,
        CHANGE,
        LIST
    }

    static Definition read(String code) {
        return new Definition(code, Kind.READ, Purpose.CARE);
    }

    static Definition change(String code) {
        return new Definition(code, Kind.CHANGE, Purpose.CARE);
    }

    static Definition list(String code) {
        return new Definition(code, Kind.LIST, Purpose.CARE);
    }

    /** An action's code, kind and usual purpose. */
    record Definition(String code, Kind kind, Purpose purpose) {

        /** Lower-case words joined by dots and hyphens: {@code contact.sign}, {@code group.attendance.remove}. */
        public static final Pattern CODE = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)*");

        public Definition {
            if (code == null || !CODE.matcher(code).matches() || code.length() > 60) {
                throw new IllegalArgumentException("Not an action code: " + code);
            }
            if (kind == null || purpose == null) {
                throw new IllegalArgumentException("An action needs a kind and a purpose: " + code);
            }
        }

        /** The same action done for another reason (supervision, payment, operations). */
        public Definition forPurpose(Purpose other) {
            return new Definition(code, kind, other);
        }
    }
}

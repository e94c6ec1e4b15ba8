package org.alongside;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.transaction.annotation.Transactional;

/** Conditions the architecture rules need that ArchUnit does not name itself. */
final class ArchConditions {

    private ArchConditions() {}

    /** A method annotated {@code @Transactional(noRollbackFor = …)}: it keeps changes after an exception. */
    static ArchCondition<JavaMethod> transactionalWithNoRollbackFor() {
        return new ArchCondition<>("be @Transactional with noRollbackFor") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean keeps = method.tryGetAnnotationOfType(Transactional.class)
                        .map(t -> t.noRollbackFor().length > 0 || t.noRollbackForClassName().length > 0)
                        .orElse(false);
                events.add(new SimpleConditionEvent(
                        method, keeps, method.getFullName() + " keeps changes after a refusal"));
            }
        };
    }

    /** A class whose {@code @Transactional} has no {@code noRollbackFor}. */
    static ArchCondition<JavaClass> classTransactionalWithoutNoRollbackFor() {
        return new ArchCondition<>("not be @Transactional with noRollbackFor") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean keeps = type.tryGetAnnotationOfType(Transactional.class)
                        .map(t -> t.noRollbackFor().length > 0 || t.noRollbackForClassName().length > 0)
                        .orElse(false);
                events.add(new SimpleConditionEvent(type, !keeps, type.getName() + " keeps changes after a refusal"));
            }
        };
    }
}

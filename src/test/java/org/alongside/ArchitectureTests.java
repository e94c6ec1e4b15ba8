package org.alongside;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.alongside.audit.AuditEvent;
import org.alongside.participant.Admission;
import org.alongside.participant.RecordGate;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules that keep the record gate the only way into a person's record: work that goes
 * through the gate gets its transaction from the gate, and only the gate writes audit rows about
 * a person.
 */
class ArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alongside");

    /**
     * A class that calls the gate, or that takes the gate's proof (an {@link Admission} or a
     * {@link RecordGate.Listing}) and so runs inside gated work. Seen failing once on a planted
     * violation each way (a @Transactional service calling the gate, and one taking an Admission).
     */
    static final DescribedPredicate<JavaClass> GOES_THROUGH_THE_GATE = DescribedPredicate.describe(
            "go through the record gate or take its proof",
            type -> !type.isEquivalentTo(RecordGate.class)
                    && !type.isEquivalentTo(Admission.class)
                    && !type.isEquivalentTo(RecordGate.Listing.class)
                    && (type.getDirectDependenciesFromSelf().stream()
                                    .anyMatch(dependency ->
                                            dependency.getTargetClass().isEquivalentTo(RecordGate.class))
                            || takesTheGatesProof(type)));

    private static boolean takesTheGatesProof(JavaClass type) {
        return type.getMethods().stream()
                        .flatMap(method -> method.getRawParameterTypes().stream())
                        .anyMatch(ArchitectureTests::isProof)
                || type.getConstructors().stream()
                        .flatMap(constructor -> constructor.getRawParameterTypes().stream())
                        .anyMatch(ArchitectureTests::isProof);
    }

    private static boolean isProof(JavaClass parameter) {
        return parameter.isEquivalentTo(Admission.class) || parameter.isEquivalentTo(RecordGate.Listing.class);
    }

    @Test
    void classesThatGoThroughTheGateDeclareNoTransactionOfTheirOwn() {
        classes()
                .that(GOES_THROUGH_THE_GATE)
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .because("the gate owns the transaction, so a refusal's DENIED row cannot be lost to a rollback")
                .check(PRODUCTION);
    }

    @Test
    void methodsOfClassesThatGoThroughTheGateDeclareNoTransactionEither() {
        noMethods()
                .that()
                .areDeclaredInClassesThat(GOES_THROUGH_THE_GATE)
                .should()
                .beAnnotatedWith(Transactional.class)
                .because("the gate owns the transaction of gated work")
                .check(PRODUCTION);
    }

    @Test
    void onlyTheGateWritesAuditRowsAboutAPerson() {
        DescribedPredicate<JavaAccess<?>> namesAPerson = DescribedPredicate.describe(
                "create an audit event about a person",
                access -> access.getTargetOwner().isEquivalentTo(AuditEvent.class)
                        && (access.getName().equals("onParticipant")
                                || access.getName().equals("<init>")));
        noClasses()
                .that()
                .resideOutsideOfPackages("org.alongside.participant", "org.alongside.audit..")
                .should()
                .accessTargetWhere(namesAPerson)
                .because("feature modules record person data through the record gate, never by hand")
                .check(PRODUCTION);
    }

    @Test
    void noTransactionAnywhereKeepsChangesAfterARefusal() {
        noMethods()
                .should(ArchConditions.transactionalWithNoRollbackFor())
                .because("a refusal must roll back what was done; the gate keeps the DENIED row itself")
                .allowEmptyShould(true)
                .check(PRODUCTION);
        classes()
                .should(ArchConditions.classTransactionalWithoutNoRollbackFor())
                .check(PRODUCTION);
    }
}

package org.alongside;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.participant.Admission;
import org.alongside.participant.Listing;
import org.alongside.participant.RecordGate;
import org.alongside.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
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
     * {@link Listing}) and so runs inside gated work. Seen failing once on a planted
     * violation each way (a @Transactional service calling the gate, and one taking an Admission).
     */
    static final DescribedPredicate<JavaClass> GOES_THROUGH_THE_GATE = DescribedPredicate.describe(
            "go through the record gate or take its proof",
            type -> !type.isEquivalentTo(RecordGate.class)
                    && !type.isEquivalentTo(Admission.class)
                    && !type.isEquivalentTo(Listing.class)
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
        return parameter.isEquivalentTo(Admission.class) || parameter.isEquivalentTo(Listing.class);
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

    /**
     * A module's API (the public types of its top package) takes a person's id only together with
     * the viewer it acts for, or the gate's proof that the viewer was let in: a person's id alone
     * would let any caller reach that person's rows without the gate. A person's id is a UUID, or
     * a collection of them, whose parameter name speaks of a participant or person (the compiler
     * keeps parameter names here, as Spring needs). Seen failing once on a planted
     * {@code public List<String> plantedGoals(UUID participantId)} in RecoveryPlanManagement.
     */
    @Test
    void aModulesApiTakesAPersonsIdOnlyWithTheViewerOrTheGatesProof() {
        List<String> violations = new ArrayList<>();
        for (JavaClass type : PRODUCTION) {
            if (!isModuleApi(type)) {
                continue;
            }
            for (Method method : type.reflect().getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                boolean takesAPerson = Arrays.stream(method.getParameters()).anyMatch(ArchitectureTests::isPersonId);
                boolean takesWhoOrProof = Arrays.stream(method.getParameterTypes())
                        .anyMatch(t -> Viewer.class.isAssignableFrom(t) || t == Admission.class || t == Listing.class);
                if (takesAPerson && !takesWhoOrProof) {
                    violations.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertThat(violations)
                .as("public module API methods taking a person's id without a Viewer, Admission or Listing")
                .isEmpty();
    }

    /** A public bean in a module's top package: what other modules call (values such as records reach no rows). */
    private static boolean isModuleApi(JavaClass type) {
        String pkg = type.getPackageName();
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.isMetaAnnotatedWith(Component.class)
                && pkg.startsWith("org.alongside.")
                && pkg.indexOf('.', "org.alongside.".length()) < 0;
    }

    private static boolean isPersonId(Parameter parameter) {
        String name = parameter.getName().toLowerCase(Locale.ROOT);
        if (!parameter.isNamePresent() || !(name.contains("participant") || name.contains("person"))) {
            return false;
        }
        if (parameter.getType() == UUID.class) {
            return true;
        }
        return Collection.class.isAssignableFrom(parameter.getType())
                && parameter.getParameterizedType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] == UUID.class;
    }
}

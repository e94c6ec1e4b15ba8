package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only as declared; the build draws them into target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AlongsideApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "staff", "participant", "audit", "demo");
    }

    @Test
    void theRootPackageHoldsOnlyTheApplicationClassAndThePlumbingIsAModule() {
        assertThat(new ClassFileImporter()
                                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                .importPackages("org.alongside")
                                .stream()
                                .filter(type -> type.getPackageName().equals("org.alongside"))
                                .filter(type -> !type.getSimpleName().equals("package-info"))
                                .map(JavaClass::getName))
                .containsExactly(AlongsideApplication.class.getName());
        assertThat(modules.getModuleByName("web")).isPresent();
    }

    @Test
    void theBuildDrawsTheModulesAndTheirCanvases() {
        new Documenter(modules).writeDocumentation();
        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("module-participant.adoc")).exists();
    }
}

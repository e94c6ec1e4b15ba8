package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theBuildDrawsTheModulesAndTheirCanvases() {
        new Documenter(modules).writeDocumentation();
        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("module-participant.adoc")).exists();
    }
}

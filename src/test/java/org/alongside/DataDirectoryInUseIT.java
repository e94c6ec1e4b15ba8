package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A second Alongside on a data directory that a running one uses refuses to start and harms nothing. */
class DataDirectoryInUseIT {

    @Test
    void aSecondInstanceOnTheSameDataDirectoryRefusesToStart() throws Exception {
        Path data =
                Path.of("target", "in-use-test", UUID.randomUUID().toString()).toAbsolutePath();
        Map<String, String> env = Map.of(
                "ALONGSIDE_DATA_DIR",
                data.toString(),
                "ALONGSIDE_ADMIN_EMAIL",
                "in-use@test.example",
                "ALONGSIDE_ADMIN_PASSWORD",
                "in use test password");
        try (ApplicationProcess first =
                ApplicationProcess.start(data.resolveSibling(data.getFileName() + "-1.log"), env)) {
            var second = ApplicationProcess.runToExit(data.resolveSibling(data.getFileName() + "-2.log"), env);
            assertThat(second.getKey()).isNotZero();
            assertThat(second.getValue())
                    .contains("APPLICATION FAILED TO START")
                    .contains("is in use by another running Alongside")
                    .contains("Stop the other Alongside first, or set ALONGSIDE_DATA_DIR to another directory.");
            String token = first.token("in-use@test.example", "in use test password");
            assertThat(first.call(token, "GET", "/api/v1/me", null).statusCode())
                    .as("the first is unharmed")
                    .isEqualTo(200);
        }
    }
}

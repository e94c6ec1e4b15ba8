package org.alongside.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsRows.Source;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service that breaks the HSDS schema is explained in plain words, field by field, not in JSON Schema's. */
class HsdsSchemaTests {

    @Test
    void aWrongTypeAndAMissingFieldAreSaidAsAPersonWouldSayThem() {
        JsonNode service = new JsonMapper().readTree("""
                {"id": "5c0f2d3e-8f6a-4a53-9a51-2a7f1f0c8d11", "status": "active", "minimum_age": "eighteen"}""");
        var problems = HsdsSchema.service().problems(service, new Source("services.json", 3));
        assertThat(problems)
                .extracting(ImportProblem::reason)
                .contains("Write a number here", "This required field is missing")
                .noneMatch(reason -> reason.contains("expected") || reason.contains("found"));
        assertThat(problems).extracting(ImportProblem::field).contains("name");
    }
}

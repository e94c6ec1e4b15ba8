package org.alongside.directory.domain;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.alongside.directory.ImportProblem;
import org.alongside.directory.domain.HsdsRows.Source;
import tools.jackson.databind.JsonNode;

/**
 * Open Referral's JSON Schema for a dereferenced HSDS 3.0 service (bundled, with its licence, in
 * {@code hsds/3.0/service.json}), checked with a JSON Schema validator: imports are read through
 * it and exports are tested against it.
 */
public final class HsdsSchema {

    private static final HsdsSchema SERVICE = load("/hsds/3.0/service.json");

    private final Schema schema;

    private HsdsSchema(Schema schema) {
        this.schema = schema;
    }

    public static HsdsSchema service() {
        return SERVICE;
    }

    /** Each place where the document breaks the schema, as a problem of the given source. */
    public List<ImportProblem> problems(JsonNode document, Source source) {
        return schema.validate(document).stream()
                .map(error -> HsdsRows.problem(source, where(error), error.getMessage()))
                .toList();
    }

    private static String where(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() || location.equals("$") ? null : location;
    }

    private static HsdsSchema load(String resource) {
        try (InputStream in = HsdsSchema.class.getResourceAsStream(resource)) {
            return new HsdsSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

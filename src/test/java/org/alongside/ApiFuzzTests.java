package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation in the API's own OpenAPI document with malformed input: for each field of
 * each request body a NUL character, a null inside a list, a value of the wrong type, a huge
 * string, an invalid UUID and an unknown enum value; bodies that are not objects; malformed query
 * parameters. No answer may be a 5xx: bad input gets a 4xx that says what is wrong.
 */
@AlongsideTest
class ApiFuzzTests {

    private static final String HUGE = "x".repeat(200_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private final JsonMapper json = JsonMapper.builder().build();
    private Org org;

    @Test
    void noMalformedRequestToAnyDocumentedOperationAnswersWithA5xx() throws Exception {
        Org org = new Fixtures(context).org();
        String token = new ApiSupport(mvc, context).token(org.admin());
        String text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Files.writeString(Path.of("target", "api-docs.json"), text);
        JsonNode doc = json.readTree(text);
        this.org = org;
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            String url = path.getKey()
                    .replace("{id}", org.personOfA().id().toString())
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                for (Request request : requests(doc, operation.getValue())) {
                    MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(
                                    method, URI.create(url + request.query()))
                            .header("Authorization", "Bearer " + token);
                    if (request.body() != null) {
                        builder.contentType(MediaType.APPLICATION_JSON).content(request.body());
                    }
                    int status = mvc.perform(builder).andReturn().getResponse().getStatus();
                    sent++;
                    if (status >= 500) {
                        failures.add(status + " " + method + " " + url + request.query() + " " + abbreviate(request));
                    }
                }
            }
        }
        System.out.printf("API fuzz: %d malformed requests, %d answered with a 5xx%n", sent, failures.size());
        assertThat(sent).as("requests sent").isGreaterThan(1000);
        assertThat(failures).as("answers with a 5xx").isEmpty();
    }

    record Request(String query, String body) {}

    private List<Request> requests(JsonNode doc, JsonNode operation) {
        List<Request> requests = new ArrayList<>();
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (!schema.isMissingNode()) {
            JsonNode resolved = resolve(doc, schema);
            for (String body : List.of("[]", "\"text\"", "12", "null", "{\"unclosed\": ", "{}")) {
                requests.add(new Request("", body));
            }
            JsonNode properties = resolved.path("properties");
            JsonNode valid = new DocumentedSchemas(doc, org).body(resolved, false);
            requests.add(new Request("", json.writeValueAsString(valid)));
            for (Iterator<String> names = properties.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                for (JsonNode bad : badValues(doc, properties.get(name))) {
                    ObjectNode body = valid.isObject() ? ((ObjectNode) valid).deepCopy() : json.createObjectNode();
                    body.set(name, bad);
                    requests.add(new Request("", json.writeValueAsString(body)));
                }
                JsonNode nested = resolve(doc, properties.get(name));
                if (nested.has("properties") && valid.get(name) instanceof ObjectNode inner) {
                    for (Iterator<String> innerNames =
                                    nested.get("properties").propertyNames().iterator();
                            innerNames.hasNext(); ) {
                        String innerName = innerNames.next();
                        for (JsonNode bad :
                                badValues(doc, nested.get("properties").get(innerName))) {
                            ObjectNode body = ((ObjectNode) valid).deepCopy();
                            ObjectNode changed = inner.deepCopy();
                            changed.set(innerName, bad);
                            body.set(name, changed);
                            requests.add(new Request("", json.writeValueAsString(body)));
                        }
                    }
                }
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                String name = parameter.path("name").asString();
                for (String value : List.of("%00", "%ff%fe", "not-a-number", "1999-02-30", "%22%3Cx%3E", HUGE)) {
                    requests.add(new Request("?" + name + "=" + value, schema.isMissingNode() ? null : "{}"));
                }
            }
        }
        return requests;
    }

    /** Values that are wrong for a field of this schema, and values wrong for any field. */
    private List<JsonNode> badValues(JsonNode doc, JsonNode property) {
        JsonNode schema = resolve(doc, property);
        List<JsonNode> values = new ArrayList<>();
        values.add(json.getNodeFactory().stringNode("before\u0000after"));
        values.add(json.getNodeFactory().stringNode(HUGE));
        values.add(json.getNodeFactory().stringNode("not-a-uuid"));
        values.add(json.getNodeFactory().stringNode("NOT_ONE_OF_THE_VALUES"));
        values.add(json.getNodeFactory().stringNode("+999999999-12-31"));
        values.add(json.getNodeFactory().numberNode(-2147483649L));
        values.add(json.getNodeFactory().booleanNode(true));
        values.add(json.createObjectNode().put("unexpected", "object"));
        ArrayNode withNull = json.createArrayNode();
        withNull.addNull();
        values.add(withNull);
        if ("array".equals(schema.path("type").asString()) || schema.has("items")) {
            ArrayNode nested = json.createArrayNode();
            nested.add(json.createObjectNode().putNull("name"));
            nested.add("\u0000");
            values.add(nested);
        }
        return values;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        return DocumentedSchemas.resolve(doc, schema);
    }

    private static String abbreviate(Request request) {
        String body = request.body() == null ? "" : request.body();
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }
}

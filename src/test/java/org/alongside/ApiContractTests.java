package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alongside.Fixtures.Org;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document is a contract: for every operation with a request body, a body built from
 * the document alone (each field's documented example, or a plain value of its documented type)
 * is accepted, both with only the fields marked required and with all of them; and leaving out a
 * field marked required is refused with a 400 that names it. Operations run in an order that
 * creates what later ones address (a goal before its steps, a group before its sessions).
 */
@AlongsideTest
class ApiContractTests {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)\\}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private final JsonMapper json = JsonMapper.builder().build();
    private Org org;
    private JsonNode doc;
    private final Map<String, String> ids = new HashMap<>();

    record Operation(HttpMethod method, String path, JsonNode schema) {}

    @BeforeEach
    void anOrganisationAndTheDocument() throws Exception {
        org = new Fixtures(context).org();
        Fixtures.aDirectoryService(context);
        doc = json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void everyDocumentedBodyIsAcceptedAndEveryFieldMarkedRequiredIsRefusedWhenMissing() throws Exception {
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int requiredFields = 0;
        List<Operation> operations = operations();
        for (Operation operation : operations) {
            if (operation.path().endsWith("/return")) {
                aNoteWaitingForCosign(operations);
            }
            if (operation.path().endsWith("/discard")) {
                aFreshDraft(operations);
            }
            if (operation.path().endsWith("/renewals")) {
                aFreshCredential(operations);
            }
            if (operation.method() == HttpMethod.PUT && operation.path().endsWith("/consents/{consentId}")) {
                aFreshConsent(operations);
            }
            List<String> required = new ArrayList<>();
            operation.schema().path("required").forEach(r -> required.add(r.asString()));
            for (String field : required) {
                requiredFields++;
                ObjectNode without = body(operation.schema(), false);
                without.remove(field);
                MockHttpServletResponse refused = send(operation, without);
                if (refused.getStatus() != 400 || !refused.getContentAsString().contains(field)) {
                    failures.add(operation.method() + " " + operation.path() + " without required '" + field
                            + "' answered " + refused.getStatus() + " " + refused.getContentAsString());
                }
            }
            ObjectNode requiredOnly = body(operation.schema(), true);
            ObjectNode full = body(operation.schema(), false);
            List<ObjectNode> bodies = requiredOnly.size() == full.size() ? List.of(full) : List.of(requiredOnly, full);
            for (ObjectNode body : bodies) {
                if (operation.path().endsWith("/referrals/{referralId}/status")
                        || operation.path().endsWith("/referrals/{referralId}/helped")) {
                    aFreshReferral(operations, operation.path().endsWith("/helped"));
                }
                if (operation.path().endsWith("/renewals")) {
                    aFreshCredential(operations);
                }
                String sent = json.writeValueAsString(body);
                MockHttpServletResponse response = send(operation, body);
                remember(operation, response);
                int status = response.getStatus();
                if (status < 300) {
                    accepted++;
                } else {
                    failures.add(operation.method() + " " + operation.path() + " with the documented body " + sent
                            + " answered " + status + " " + response.getContentAsString());
                }
            }
        }
        assertThat(failures).as("answers that break the documented contract").isEmpty();
        assertThat(accepted).as("documented bodies accepted").isGreaterThan(45);
        assertThat(requiredFields).as("fields the document marks required").isGreaterThan(40);
    }

    /** Only a consent in force changes: a new one for the changes, in case an earlier request revoked the last. */
    private void aFreshConsent(List<Operation> operations) throws Exception {
        Operation give = find(operations, HttpMethod.POST, "/api/v1/participants/{id}/consents");
        MockHttpServletResponse given = send(give, body(give.schema(), false));
        assertThat(given.getStatus()).as(given.getContentAsString()).isEqualTo(201);
        String location = given.getHeader("Location");
        ids.put("consentId", location.substring(location.lastIndexOf('/') + 1));
    }

    /** Only a note waiting for a co-sign can be returned: worker A's notes need one from here on. */
    private void aNoteWaitingForCosign(List<Operation> operations) throws Exception {
        Operation cosign = find(operations, HttpMethod.PUT, "/api/v1/staff/{id}/cosign");
        assertThat(send(cosign, json.createObjectNode().put("required", true)).getStatus())
                .isEqualTo(200);
        writeNote(operations, true);
    }

    /** Each referral step is taken once: a new referral for each body, connected when asked whether it helped. */
    private void aFreshReferral(List<Operation> operations, boolean connected) throws Exception {
        Operation make = find(operations, HttpMethod.POST, "/api/v1/participants/{id}/referrals");
        MockHttpServletResponse made = send(make, body(make.schema(), true));
        assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
        String location = made.getHeader("Location");
        ids.put("referralId", location.substring(location.lastIndexOf('/') + 1));
        if (connected) {
            Operation step =
                    find(operations, HttpMethod.POST, "/api/v1/participants/{id}/referrals/{referralId}/status");
            int version = 0;
            for (String status : List.of("AGREED", "IN_PROGRESS", "CONNECTED")) {
                MockHttpServletResponse moved = sendOnce(
                        step, json.createObjectNode().put("status", status).put("version", version++));
                assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
            }
        }
    }

    /** A certificate is renewed once: a new credential for each body. */
    private void aFreshCredential(List<Operation> operations) throws Exception {
        Operation add = find(operations, HttpMethod.POST, "/api/v1/staff/{id}/credentials");
        MockHttpServletResponse made = send(add, body(add.schema(), true));
        assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
        String location = made.getHeader("Location");
        ids.put("credentialId", location.substring(location.lastIndexOf('/') + 1));
    }

    /** Only a draft can be discarded. */
    private void aFreshDraft(List<Operation> operations) throws Exception {
        writeNote(operations, false);
    }

    private void writeNote(List<Operation> operations, boolean sign) throws Exception {
        Operation write = find(operations, HttpMethod.POST, "/api/v1/participants/{id}/contact-notes");
        ObjectNode note = body(write.schema(), false).put("sign", sign);
        MockHttpServletResponse written = send(write, note);
        assertThat(written.getStatus()).as(written.getContentAsString()).isEqualTo(201);
        String location = written.getHeader("Location");
        ids.put("noteId", location.substring(location.lastIndexOf('/') + 1));
    }

    private static Operation find(List<Operation> operations, HttpMethod method, String path) {
        return operations.stream()
                .filter(o -> o.method() == method && o.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                if (!schema.isMissingNode()) {
                    operations.add(new Operation(
                            HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(), resolve(schema)));
                }
            }
        }
        operations.sort(Comparator.comparingInt(ApiContractTests::phase)
                .thenComparingInt((Operation o) -> parameters(o.path()))
                .thenComparing(o -> o.method() == HttpMethod.POST ? 0 : 1)
                .thenComparing(Operation::path));
        return operations;
    }

    /**
     * Sends the body; when it is refused as written against an older version, sends it once more with
     * the version the resource (or the nearest enclosing one) has now, as a client would.
     */
    private MockHttpServletResponse send(Operation operation, ObjectNode body) throws Exception {
        MockHttpServletResponse response = sendOnce(operation, body);
        if (response.getStatus() == 409 && body.has("version")) {
            Long current = currentVersion(url(operation.path()), operation.path());
            if (current != null) {
                body.put("version", current);
                response = sendOnce(operation, body);
            }
        }
        return response;
    }

    private Long currentVersion(String url, String path) throws Exception {
        String prefix = url;
        while (prefix.lastIndexOf('/') > "/api/v1".length()) {
            MockHttpServletResponse response = mvc.perform(get(prefix)
                            .header("Authorization", "Bearer " + new ApiSupport(mvc, context).token(actor(path))))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 200) {
                JsonNode found = json.readTree(response.getContentAsString());
                if (found.has("version")) {
                    return found.get("version").asLong();
                }
            }
            prefix = prefix.substring(0, prefix.lastIndexOf('/'));
        }
        return null;
    }

    private MockHttpServletResponse sendOnce(Operation operation, JsonNode body) throws Exception {
        String url = url(operation.path());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(operation.method(), URI.create(url))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (operation.path().equals("/api/v1/tokens")) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((org.workerA().email() + ":" + Fixtures.PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8)));
        } else {
            request.header("Authorization", "Bearer " + new ApiSupport(mvc, context).token(actor(operation.path())));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private CurrentUser actor(String path) {
        if (path.endsWith("/competency-assessments")) {
            // worker A's supervisor assesses them
            return org.supervisorA();
        }
        if (path.endsWith("/reminders")) {
            // each person's own: the staff id in the path is worker A's
            return org.workerA();
        }
        if (path.startsWith("/api/v1/staff")
                || path.startsWith("/api/v1/programs")
                || path.startsWith("/api/v1/language-guide/terms")) {
            return org.admin();
        }
        if (path.startsWith("/api/v1/directory")
                || path.equals("/api/v1/instruments")
                || path.startsWith("/api/v1/workforce")) {
            return org.admin();
        }
        if (path.startsWith("/api/v1/supervision-sessions") && !path.endsWith("/reflections")) {
            return org.supervisorA();
        }
        if (path.startsWith("/api/v1/groups") || path.endsWith("/return")) {
            return org.supervisorA();
        }
        return org.workerA();
    }

    /** Remembers the id a creating request answered, under the path parameter later paths use for it. */
    private void remember(Operation operation, MockHttpServletResponse response) throws Exception {
        if (operation.method() != HttpMethod.POST || response.getStatus() != 201) {
            return;
        }
        String location = response.getHeader("Location");
        if (location == null) {
            return;
        }
        String[] segments = operation.path().split("/");
        String last = segments[segments.length - 1];
        String parameter = switch (last) {
            case "goals" -> "goalId";
            case "steps" -> "stepId";
            case "habits" -> "habitId";
            case "contact-notes" -> "noteId";
            case "groups" -> "groupId";
            case "sessions" -> "sessionId";
            case "referrals" -> "referralId";
            case "services" -> "serviceId";
            case "supervision-sessions" -> "supervisionSessionId";
            case "trainings" -> "trainingId";
            case "consents" -> "consentId";
            default -> null;
        };
        if (parameter != null) {
            ids.putIfAbsent(parameter, location.substring(location.lastIndexOf('/') + 1));
        }
    }

    private String url(String path) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("programId")
                    ? org.programId().toString()
                    : name.equals("id")
                            ? (path.startsWith("/api/v1/staff")
                                    ? org.workerA().id().toString()
                                    : org.personOfA().id().toString())
                            : ids.getOrDefault(name, UUID.randomUUID().toString());
            matcher.appendReplacement(url, value);
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** Signing and agreeing come after what they sign; addenda after signing; discarding last. */
    private static int phase(Operation operation) {
        String path = operation.path();
        if (path.endsWith("/discard")) {
            return 3;
        }
        if (path.endsWith("/addenda") || path.endsWith("/return")) {
            return 2;
        }
        return path.endsWith("/sign") || path.endsWith("/agreement") ? 1 : 0;
    }

    private static int parameters(String path) {
        return (int) PARAMETER.matcher(path).results().count();
    }

    private ObjectNode body(JsonNode schema, boolean requiredOnly) {
        ObjectNode body = new DocumentedSchemas(doc, org).body(schema, requiredOnly);
        if (body.has("proofId")) {
            body.put("proofId", aProof());
        }
        return body;
    }

    /** A proof a credential or training may point at: a small PDF uploaded for worker A, as their administrator. */
    private String aProof() {
        return ids.computeIfAbsent("proofId", name -> {
            try {
                MockHttpServletResponse uploaded = mvc.perform(MockMvcRequestBuilders.multipart(
                                        "/api/v1/staff/" + org.workerA().id() + "/proofs")
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "file",
                                        "certificate.pdf",
                                        "application/pdf",
                                        "%PDF-1.4 a certificate".getBytes(StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + new ApiSupport(mvc, context).token(org.admin())))
                        .andReturn()
                        .getResponse();
                assertThat(uploaded.getStatus())
                        .as(uploaded.getContentAsString())
                        .isEqualTo(201);
                return json.readTree(uploaded.getContentAsString()).get("id").asString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private JsonNode resolve(JsonNode schema) {
        return DocumentedSchemas.resolve(doc, schema);
    }
}

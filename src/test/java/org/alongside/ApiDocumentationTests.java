package org.alongside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AlongsideTest
class ApiDocumentationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiIsDocumentedAtApiDocs() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/participants/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/verify'].get").exists())
                .andExpect(jsonPath("$.paths['/people']").doesNotExist());
    }

    @Test
    void everyRequestBodyHasASchemaOfItsOwnThatNamesItsFields() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode api = JsonMapper.builder().build().readTree(doc);
        Map<String, Set<String>> fieldsBySchema = new HashMap<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode ref = operation.getValue().at("/requestBody/content/application~1json/schema/$ref");
                if (ref.isMissingNode()) {
                    continue;
                }
                String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
                Set<String> fields = new TreeSet<>(
                        api.at("/components/schemas/" + name + "/properties").propertyNames());
                Set<String> before = fieldsBySchema.putIfAbsent(name, fields);
                assertThat(before == null || before.equals(fields))
                        .as(name + " is one request shape, not two records that share a name")
                        .isTrue();
            }
        }
        assertThat(api.at("/components/schemas/CrisisNoteRequest/properties").has("on"))
                .isTrue();
        assertThat(api.at("/components/schemas/LanguageCheckRequest/properties").has("text"))
                .isTrue();
        assertThat(api.at("/components/schemas/WellnessCheckRequest/properties").has("ratings"))
                .isTrue();
        assertThat(api.at("/components/schemas/GroupNoteRequest/properties").has("note"))
                .isTrue();
    }

    @Test
    void aContactMethodsTwoYesOrNoAnswersAreMarkedRequiredAsTheServerRequiresThem() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode required = JsonMapper.builder().build().readTree(doc).at("/components/schemas/ContactMethod/required");
        Set<String> names = new TreeSet<>();
        required.forEach(r -> names.add(r.asString()));
        assertThat(names).contains("preferred", "safeToLeaveMessage");
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noTwoRequestRecordsShareAName() {
        Map<String, Set<String>> classesByName = new HashMap<>();
        mappings.getHandlerMethods().values().forEach(handler -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    Class<?> type = parameter.getParameterType();
                    classesByName
                            .computeIfAbsent(type.getSimpleName(), k -> new TreeSet<>())
                            .add(type.getName());
                }
            }
        });
        assertThat(classesByName).isNotEmpty();
        assertThat(classesByName.values())
                .as("the API document names a request schema by its record's simple name")
                .allSatisfy(classes -> assertThat(classes).hasSize(1));
    }
}

package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The read-only HSDS API: its root, its page fields, filters that combine with AND, bad parameters, and who may read it. */
@AlongsideTest
class HsdsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    CurrentUser worker;
    SmallDirectory directory;
    UUID organization;
    String postcode;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        worker = new Fixtures(context).account("hsds-" + System.nanoTime(), "HSDS Reader", Role.PEER_WORKER);
        double lat = 10 + Math.random() * 20;
        postcode = "H" + (10000 + (int) (Math.random() * 89999));
        directory = new SmallDirectory("Juniper Network")
                .service("Juniper Pantry", "Food for families", "food", lat, 40.0, postcode, "English", true, "always")
                .service(
                        "Juniper Soup Kitchen",
                        "Hot soup",
                        "food",
                        lat + 0.002,
                        40.0,
                        postcode,
                        "English",
                        true,
                        "always")
                .service(
                        "Juniper Shelter",
                        "Beds for the night",
                        "housing",
                        lat + 0.5,
                        40.0,
                        "J2",
                        "English",
                        false,
                        "always")
                .service(
                        "Juniper Bus Passes",
                        "Free bus passes",
                        "transport",
                        lat + 0.6,
                        40.0,
                        "J3",
                        "English",
                        true,
                        null)
                .service(
                        "Juniper Job Club",
                        "Finding work together",
                        "employment",
                        lat + 0.7,
                        40.0,
                        "J4",
                        "English",
                        true,
                        null);
        ImportReport report = directory.importInto(context);
        assertThat(report.saved()).isTrue();
        organization = jdbc.sql("select organization_id from hsds_service where id = :id")
                .param("id", directory.id("Juniper Pantry"))
                .query(UUID.class)
                .single();
    }

    private Map<String, UUID> terms() {
        Map<String, UUID> terms = new HashMap<>();
        jdbc.sql("select code, id from hsds_taxonomy_term where taxonomy_id = cast(:t as uuid)")
                .param("t", SmallDirectory.ALONGSIDE_TAXONOMY)
                .query(rs -> {
                    terms.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return terms;
    }

    @Test
    void theRootNamesTheVersionProfileAndOpenApiDescription() throws Exception {
        api.get(worker, "/hsds/")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("3.0"))
                .andExpect(jsonPath("$.profile").isString())
                .andExpect(jsonPath("$.openapi_url")
                        .value("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"));
    }

    @Test
    void servicesArePagedWithHsdsPageFields() throws Exception {
        String base = "/hsds/services?organization_id=" + organization + "&per_page=2";
        api.get(worker, base + "&page=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total_items").value(5))
                .andExpect(jsonPath("$.total_pages").value(3))
                .andExpect(jsonPath("$.page_number").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.first_page").value(false))
                .andExpect(jsonPath("$.last_page").value(false))
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.contents.length()").value(2))
                .andExpect(jsonPath("$.contents[0].organization_id").value(organization.toString()));
        api.get(worker, base + "&page=3")
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.last_page").value(true));
        api.get(worker, base + "&page=4")
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.contents.length()").value(0));
    }

    @Test
    void aCountKeptFromAnEarlierPageChangesAsSoonAsTheDirectoryDoes() throws Exception {
        String word = postcode.toLowerCase() + "soup";
        api.get(worker, "/hsds/services?search=" + word)
                .andExpect(jsonPath("$.total_items").value(0));
        api.get(worker, "/hsds/services?search=" + word)
                .andExpect(jsonPath("$.total_items").value(0));
        UUID id = context.getBean(ResourceEditor.class)
                .save(
                        new Fixtures(context)
                                .account("hsds-admin-" + System.nanoTime(), "HSDS Admin", Role.ADMIN)
                                .viewer(),
                        null,
                        new Resource(
                                "Juniper Network",
                                "Juniper Kitchen",
                                "Serves " + word,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of("food"),
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null));
        api.get(worker, "/hsds/services?search=" + word)
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(id.toString()));
    }

    @Test
    void filtersCombineWithAnd() throws Exception {
        UUID food = terms().get("need:food");
        api.get(worker, "/hsds/services?organization_id=" + organization + "&taxonomy_term_id=" + food)
                .andExpect(jsonPath("$.total_items").value(2));
        api.get(worker, "/hsds/services?organization_id=" + organization + "&taxonomy_term_id=" + food + "&search=soup")
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].name").value("Juniper Soup Kitchen"));
        api.get(
                        worker,
                        "/hsds/services?organization_id=" + organization + "&taxonomy_id="
                                + SmallDirectory.ALONGSIDE_TAXONOMY + "&minimal=true")
                .andExpect(jsonPath("$.total_items").value(5))
                .andExpect(jsonPath("$.contents[0].name").doesNotExist());
        api.get(worker, "/hsds/services?organization_id=" + organization + "&modified_after=2999-01-01T00:00:00Z")
                .andExpect(jsonPath("$.total_items").value(0));
    }

    @Test
    void oneServiceComesWithEverythingItHolds() throws Exception {
        api.get(worker, "/hsds/services/" + directory.id("Juniper Pantry"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organization.name").value("Juniper Network"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].postal_code")
                        .value(postcode))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.code").value("need:food"));
        api.get(worker, "/hsds/services/" + UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void servicesAtLocationsAreFoundByPostcodeAndProximity() throws Exception {
        api.get(worker, "/hsds/service_at_locations?postcode=" + postcode)
                .andExpect(jsonPath("$.total_items").value(2));
        // The postcode's two places are 222 m apart; its middle is 111 m from each.
        api.get(worker, "/hsds/service_at_locations?postcode=" + postcode + "&proximity=100")
                .andExpect(jsonPath("$.total_items").value(0));
        api.get(worker, "/hsds/service_at_locations?postcode=" + postcode + "&proximity=150&full=true")
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.contents[0].location.name").exists());
        // The shelter is about 55 km north, the bus passes about 67 km.
        api.get(
                        worker,
                        "/hsds/service_at_locations?postcode=" + postcode + "&proximity=60000&organization_id="
                                + organization)
                .andExpect(jsonPath("$.total_items").value(3));
    }

    @Test
    void taxonomyTermsCanBeListedByTaxonomyAndFromTheTop() throws Exception {
        api.get(worker, "/hsds/taxonomy_terms?taxonomy_id=" + SmallDirectory.ALONGSIDE_TAXONOMY + "&top_only=true")
                .andExpect(jsonPath("$.total_items").value(2));
        api.get(worker, "/hsds/taxonomies?search=Alongside")
                .andExpect(jsonPath("$.total_items").value(1));
        api.get(worker, "/hsds/organizations/" + organization)
                .andExpect(jsonPath("$.name").value("Juniper Network"));
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        api.get(worker, "/hsds/services?per_page=0").andExpect(status().isBadRequest());
        api.get(worker, "/hsds/services?per_page=500").andExpect(status().isBadRequest());
        api.get(worker, "/hsds/services?page=abc").andExpect(status().isBadRequest());
        api.get(worker, "/hsds/services?taxonomy_id=not-an-id").andExpect(status().isBadRequest());
        api.get(worker, "/hsds/services?modified_after=yesterday").andExpect(status().isBadRequest());
        api.get(worker, "/hsds/service_at_locations?proximity=100").andExpect(status().isBadRequest());
    }

    @Test
    void aPageFarPastTheEndIsEmptyWhateverItsNumber() throws Exception {
        api.get(worker, "/hsds/services?page=10737420&per_page=200")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents").isEmpty())
                .andExpect(jsonPath("$.page_number").value(10737420));
        api.get(worker, "/hsds/service_at_locations?page=2147483647&per_page=200")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents").isEmpty());
        api.get(worker, "/hsds/taxonomy_terms?page=2147483647&per_page=200")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents").isEmpty());
        api.get(worker, "/hsds/services?modified_after=%2B200000-01-01T00:00:00Z")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("saved"))));
    }

    @Test
    void withoutATokenTheApiAnswers401ByDefault() throws Exception {
        mvc.perform(get("/hsds/services")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/hsds/services'].get").exists())
                .andExpect(jsonPath("$.paths['/hsds/service_at_locations'].get.parameters[?(@.name == 'proximity')]")
                        .exists());
    }

    @Test
    void nothingAboutAPersonIsReachable() throws Exception {
        String name = new Fixtures(context).org().personOfA().details().preferredName();
        for (String path : new String[] {
            "/hsds/services?search=",
            "/hsds/organizations?search=",
            "/hsds/taxonomies?search=",
            "/hsds/taxonomy_terms?search=",
            "/hsds/service_at_locations?search="
        }) {
            String body = api.get(worker, path + name)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(path).doesNotContain(name).contains("\"total_items\":0");
        }
    }
}

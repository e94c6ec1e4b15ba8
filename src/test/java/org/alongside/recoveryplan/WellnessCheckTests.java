package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class WellnessCheckTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ApiSupport api;
    Org org;
    String checks;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        checks = "/api/v1/participants/" + org.personOfA().id() + "/wellness-checks";
    }

    private static String ratings(int social, int physical, String day) {
        String all = Arrays.stream(WellnessDimension.values())
                .map(d -> "{\"dimension\": \"" + d.name() + "\", \"rating\": "
                        + (d == WellnessDimension.SOCIAL ? social : d == WellnessDimension.PHYSICAL ? physical : 5)
                        + (d == WellnessDimension.SOCIAL
                                ? ", \"strengths\": \"My sister\", \"barriers\": \"Bus fare\""
                                : "")
                        + "}")
                .collect(Collectors.joining(", "));
        return "{\"takenOn\": \"" + day + "\", \"ratings\": [" + all + "]}";
    }

    private String record(int social, int physical, LocalDate day) throws Exception {
        String body = api.post(org.workerA(), checks, ratings(social, physical, day.toString()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aSelfCheckIsKeptAsTakenAndTwoDatesCompare() throws Exception {
        String first = record(3, 6, LocalDate.now().minusDays(30));
        String second = record(6, 5, LocalDate.now());
        api.get(org.supervisorA(), checks)
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].takenOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$[1].ratings[?(@.dimension == 'SOCIAL')].strengths")
                        .value("My sister"));
        api.get(org.workerA(), checks + "/compare?first=" + first + "&second=" + second)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.dimension == 'SOCIAL')].difference")
                        .value(3))
                .andExpect(jsonPath("$.changes[?(@.dimension == 'PHYSICAL')].difference")
                        .value(-1));
        assertThat(api.auditCount("wellness.check-add", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(2);
    }

    @Test
    void everyDimensionIsRatedOnceFromZeroToTen() throws Exception {
        String today = LocalDate.now().toString();
        api.post(org.workerA(), checks, ratings(11, 5, today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['ratings.SOCIAL']").exists());
        api.post(org.workerA(), checks, ratings(5, -1, today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['ratings.PHYSICAL']").exists());
        api.post(org.workerA(), checks, "{\"ratings\": [{\"dimension\": \"SOCIAL\", \"rating\": 4}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['ratings.SPIRITUAL']").exists());
        api.post(org.workerA(), checks, ratings(5, 5, today).replace("\"SOCIAL\"", "\"COSMIC\""))
                .andExpect(status().isBadRequest());
        api.post(
                        org.workerA(),
                        checks,
                        ratings(5, 5, LocalDate.now().plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.takenOn").exists());
        api.get(org.workerA(), checks).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aSelfCheckOfAnotherPersonCannotBeCompared() throws Exception {
        String mine = record(5, 5, LocalDate.now());
        String theirs = JsonPath.read(
                api.post(
                                org.workerB(),
                                "/api/v1/participants/" + org.personOfB().id() + "/wellness-checks",
                                ratings(5, 5, LocalDate.now().toString()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api.get(org.workerA(), checks + "/compare?first=" + mine + "&second=" + theirs)
                .andExpect(status().isNotFound());
        api.get(org.workerA(), checks + "/compare?first=" + mine + "&second=" + UUID.randomUUID())
                .andExpect(status().isNotFound());
    }

    @Test
    void theWheelComparisonNamesWhatGrewAndWhatIsLower() {
        List<WellnessCheck.Rating> before = Arrays.stream(WellnessDimension.values())
                .map(d -> new WellnessCheck.Rating(d, 5, null, null, null))
                .toList();
        List<WellnessCheck.Rating> after = Arrays.stream(WellnessDimension.values())
                .map(d -> new WellnessCheck.Rating(
                        d,
                        d == WellnessDimension.SOCIAL ? 8 : d == WellnessDimension.FINANCIAL ? 4 : 5,
                        null,
                        null,
                        null))
                .toList();
        WheelComparison comparison = WheelComparison.of(
                new WellnessCheck(UUID.randomUUID(), LocalDate.of(2026, 1, 1), before),
                new WellnessCheck(UUID.randomUUID(), LocalDate.of(2026, 3, 1), after));
        assertThat(comparison.changes()).hasSize(8);
        assertThat(comparison.grown())
                .extracting(WheelComparison.Change::dimension)
                .containsExactly(WellnessDimension.SOCIAL);
        assertThat(comparison.grown().get(0).difference()).isEqualTo(3);
        assertThat(comparison.lower())
                .extracting(WheelComparison.Change::dimension)
                .containsExactly(WellnessDimension.FINANCIAL);
    }
}

package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.alongside.AlongsideTest;
import org.alongside.directory.DirectorySearch.Query;
import org.alongside.directory.DirectorySearch.Result;
import org.alongside.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff search on a small directory whose right answers are known: words, typos, filters, near. */
@AlongsideTest
class DirectorySearchTests {

    @Autowired
    DirectorySearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    SmallDirectory directory;
    String postcode;
    double lat;

    @BeforeEach
    void setUp() {
        // Each run gets its own corner of the map and its own postcode, away from other tests' services.
        lat = -60 + Math.random() * 20;
        postcode = "T" + (10000 + (int) (Math.random() * 89999));
        directory = new SmallDirectory("Marigold Community Trust")
                .service(
                        "Marigold Food Pantry",
                        "Groceries and fresh vegetables every week",
                        "food",
                        lat,
                        20.0,
                        postcode,
                        "Spanish",
                        true,
                        "always")
                .service(
                        "Marigold Community Kitchen",
                        "A hot meal and company",
                        "food",
                        lat + 0.05,
                        20.0,
                        postcode,
                        "English",
                        true,
                        "never")
                .service(
                        "Marigold Housing Desk",
                        "Help finding a place to live",
                        "housing",
                        lat + 0.01,
                        20.0,
                        postcode,
                        "English",
                        false,
                        "always")
                .service(
                        "Marigold Walking Group",
                        "Walks in the park for anyone",
                        "mutual_support",
                        lat + 2,
                        20.0,
                        "X1",
                        "English",
                        true,
                        "always");
        ImportReport report = directory.importInto(context);
        assertThat(report.refused()).isEmpty();
        assertThat(report.saved()).isTrue();
    }

    private List<String> names(Query query) {
        return search.search(query).results().stream()
                .filter(r ->
                        directory.id(r.name()) != null && directory.id(r.name()).equals(r.id()))
                .map(Result::name)
                .toList();
    }

    @Test
    void theExactNameComesFirst() {
        assertThat(names(Query.words("Marigold Housing Desk"))).first().isEqualTo("Marigold Housing Desk");
    }

    @Test
    void aTypoStillFindsTheService() {
        assertThat(names(Query.words("marigld pantyr"))).contains("Marigold Food Pantry");
    }

    @Test
    void aWordOfTheDescriptionFindsTheService() {
        assertThat(names(Query.words("vegetables"))).contains("Marigold Food Pantry");
    }

    @Test
    void filtersCombineAndNearSortsNearestFirst() {
        Query foodNear = new Query(null, List.of("food"), List.of(), null, false, false, postcode, null, null, 1);
        assertThat(names(foodNear)).containsExactly("Marigold Food Pantry", "Marigold Community Kitchen");
        Query foodNearOpen = new Query(null, List.of("food"), List.of(), null, true, true, postcode, null, null, 1);
        assertThat(names(foodNearOpen)).containsExactly("Marigold Food Pantry");
        Query spanish = new Query("marigold", List.of(), List.of(), "es", false, false, null, null, null, 1);
        assertThat(names(spanish)).containsExactly("Marigold Food Pantry");
        Query near = new Query("marigold", List.of(), List.of(), null, false, false, null, lat, 20.0, 1);
        assertThat(names(near))
                .as("nearest first; the walking group is 200 km away")
                .containsExactly("Marigold Food Pantry", "Marigold Housing Desk", "Marigold Community Kitchen");
    }

    @Test
    void eachResultSaysWhetherItIsOpenNowItsHoursItsPhoneAndItsAddress() {
        Result pantry = search
                .search(new Query("Marigold Food Pantry", List.of(), List.of(), null, false, false, null, lat, 20.0, 1))
                .results()
                .stream()
                .filter(r -> r.id().equals(directory.id("Marigold Food Pantry")))
                .findFirst()
                .orElseThrow();
        assertThat(pantry.openNow()).isTrue();
        assertThat(pantry.hoursToday())
                .containsExactly(new DirectorySearch.Hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        assertThat(pantry.phone()).isEqualTo("555 0100");
        assertThat(pantry.address()).isEqualTo("1 Main Street, Springfield, IL, " + postcode);
        assertThat(pantry.kilometres()).isLessThan(0.1);
    }

    @Test
    void aPostcodeTheDirectoryDoesNotKnowIsRefusedWithAMessage() {
        assertThatThrownBy(() -> search.search(
                        new Query(null, List.of(), List.of(), null, false, false, "ZZ999", null, null, 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}

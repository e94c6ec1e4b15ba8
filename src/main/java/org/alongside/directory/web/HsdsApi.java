package org.alongside.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.directory.HsdsPages;
import org.alongside.directory.HsdsPages.Page;
import org.alongside.directory.HsdsPages.ServiceFilter;
import org.alongside.shared.Blank;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 API, read only, as Open Referral's API reference defines it: the root, services
 * (paged, with search and filters that combine with AND), organisations, taxonomies, taxonomy
 * terms and services at locations. Who may read it is the setting {@code alongside.hsds.public}
 * (default: signed-in staff with an API token only).
 */
@RestController
@RequestMapping("/hsds")
@Tag(name = "HSDS 3.0 (read only)")
class HsdsApi {

    /** At most this many a page (the per_page message says the number too). */
    static final int MAX_PER_PAGE = 200;

    private final HsdsPages pages;

    HsdsApi(HsdsPages pages) {
        this.pages = pages;
    }

    record Root(String version, String profile, String openapi_url) {}

    @Operation(summary = "The HSDS version, profile and OpenAPI description of this API")
    @GetMapping({"", "/"})
    Root root() {
        return new Root(
                "3.0",
                "https://github.com/openreferral/specification/tree/3.0",
                "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
    }

    @Operation(summary = "Services, paged; search and filters combine with AND")
    @GetMapping("/services")
    Page services(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int per_page,
            @RequestParam(required = false) UUID taxonomy_term_id,
            @RequestParam(required = false) UUID taxonomy_id,
            @RequestParam(required = false) UUID organization_id,
            @RequestParam(required = false) OffsetDateTime modified_after,
            @RequestParam(defaultValue = "false") boolean minimal,
            @RequestParam(defaultValue = "false") boolean full) {
        checkPaging(page, per_page);
        return pages.services(
                new ServiceFilter(Blank.toNull(search), taxonomy_term_id, taxonomy_id, organization_id, modified_after),
                page,
                per_page,
                full,
                minimal);
    }

    @Operation(summary = "One service, with everything it holds")
    @GetMapping("/services/{id}")
    Object service(@PathVariable UUID id) {
        return pages.service(id).orElseThrow(() -> new NotFoundException("This service"));
    }

    @Operation(summary = "Organizations, paged, searched by name")
    @GetMapping("/organizations")
    Page organizations(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int per_page) {
        checkPaging(page, per_page);
        return pages.rows("organization", Blank.toNull(search), Map.of(), page, per_page);
    }

    @Operation(summary = "One organization")
    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable UUID id) {
        return pages.row("organization", id).orElseThrow(() -> new NotFoundException("This organization"));
    }

    @Operation(summary = "Taxonomies, paged, searched by name")
    @GetMapping("/taxonomies")
    Page taxonomies(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int per_page) {
        checkPaging(page, per_page);
        return pages.rows("taxonomy", Blank.toNull(search), Map.of(), page, per_page);
    }

    @Operation(summary = "One taxonomy")
    @GetMapping("/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable UUID id) {
        return pages.row("taxonomy", id).orElseThrow(() -> new NotFoundException("This taxonomy"));
    }

    @Operation(summary = "Taxonomy terms, paged; by taxonomy, by parent, or only the top terms")
    @GetMapping("/taxonomy_terms")
    Page taxonomyTerms(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int per_page,
            @RequestParam(required = false) UUID taxonomy_id,
            @RequestParam(required = false) UUID parent_id,
            @RequestParam(defaultValue = "false") boolean top_only) {
        checkPaging(page, per_page);
        Map<String, Object> equal = new LinkedHashMap<>();
        if (taxonomy_id != null) {
            equal.put("taxonomy_id", taxonomy_id);
        }
        if (parent_id != null) {
            equal.put("parent_id", parent_id);
        }
        if (top_only) {
            if (parent_id != null) {
                throw new InvalidInputException("top_only", "Top terms have no parent: leave out parent_id");
            }
            equal.put("parent_id", HsdsPages.NULL);
        }
        return pages.rows("taxonomy_term", Blank.toNull(search), equal, page, per_page);
    }

    @Operation(summary = "One taxonomy term")
    @GetMapping("/taxonomy_terms/{id}")
    Map<String, Object> taxonomyTerm(@PathVariable UUID id) {
        return pages.row("taxonomy_term", id).orElseThrow(() -> new NotFoundException("This taxonomy term"));
    }

    @Operation(summary = "Services at locations, paged; the services' filters, and postcode with proximity in metres")
    @GetMapping("/service_at_locations")
    Page servicesAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int per_page,
            @RequestParam(required = false) UUID taxonomy_term_id,
            @RequestParam(required = false) UUID taxonomy_id,
            @RequestParam(required = false) UUID organization_id,
            @RequestParam(required = false) OffsetDateTime modified_after,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) Integer proximity,
            @RequestParam(defaultValue = "false") boolean full) {
        checkPaging(page, per_page);
        if (proximity != null && (proximity < 1 || postcode == null)) {
            throw new InvalidInputException(
                    "proximity",
                    "Proximity is a distance in metres from a postcode: give postcode, and a number above 0");
        }
        return pages.servicesAtLocations(
                new ServiceFilter(Blank.toNull(search), taxonomy_term_id, taxonomy_id, organization_id, modified_after),
                Blank.toNull(postcode),
                proximity,
                page,
                per_page,
                full);
    }

    @Operation(summary = "One service at a location, with its location")
    @GetMapping("/service_at_locations/{id}")
    Object serviceAtLocation(@PathVariable UUID id) {
        return pages.serviceAtLocation(id).orElseThrow(() -> new NotFoundException("This service at location"));
    }

    private static void checkPaging(int page, int perPage) {
        if (page < 1) {
            throw new InvalidInputException("page", "Pages are numbered from 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidInputException("per_page", "Between 1 and 200 a page");
        }
    }
}

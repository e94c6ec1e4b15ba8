package org.alongside.directory.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How HSDS nests objects in a dereferenced service (the JSON the HSDS API returns): which property
 * holds which table's rows, and how they are found: rows that point at the object ({@code phones} of
 * a service have its {@code service_id}), the one row the object points at (a service's
 * {@code organization}), and the attributes and metadata every object may carry.
 */
public record ServiceTree(String property, String table, Link link, String field, List<ServiceTree> children) {

    public enum Link {
        /** Rows of the table whose {@code field} is the parent's id. */
        POINTING_HERE,
        /** The row whose id is the parent's {@code field}. */
        POINTED_AT
    }

    /** The node under this one held in {@code property}. */
    public ServiceTree child(String property) {
        return children.stream()
                .filter(c -> c.property().equals(property))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + property + " under " + table));
    }

    public boolean single() {
        return link == Link.POINTED_AT;
    }

    /** The tree of a service, as in HSDS 3.0's compiled service schema. */
    public static ServiceTree service() {
        return node(
                null,
                "service",
                null,
                null,
                many("phones", "phone", "service_id"),
                many("schedules", "schedule", "service_id"),
                many("service_areas", "service_area", "service_id"),
                node(
                        "service_at_locations",
                        "service_at_location",
                        Link.POINTING_HERE,
                        "service_id",
                        many("contacts", "contact", "service_at_location_id"),
                        many("phones", "phone", "service_at_location_id"),
                        many("schedules", "schedule", "service_at_location_id"),
                        location("location", Link.POINTED_AT, "location_id")),
                many("languages", "language", "service_id"),
                node(
                        "organization",
                        "organization",
                        Link.POINTED_AT,
                        "organization_id",
                        many("funding", "funding", "organization_id"),
                        many("contacts", "contact", "organization_id"),
                        many("phones", "phone", "organization_id"),
                        location("locations", Link.POINTING_HERE, "organization_id"),
                        many("programs", "program", "organization_id"),
                        many("organization_identifiers", "organization_identifier", "organization_id")),
                many("funding", "funding", "service_id"),
                many("cost_options", "cost_option", "service_id"),
                node("program", "program", Link.POINTED_AT, "program_id"),
                many("required_documents", "required_document", "service_id"),
                many("contacts", "contact", "service_id"));
    }

    private static ServiceTree location(String property, Link link, String field) {
        return node(
                property,
                "location",
                link,
                field,
                many("languages", "language", "location_id"),
                many("addresses", "address", "location_id"),
                many("contacts", "contact", "location_id"),
                many("accessibility", "accessibility", "location_id"),
                many("phones", "phone", "location_id"),
                many("schedules", "schedule", "location_id"));
    }

    private static ServiceTree many(String property, String table, String field) {
        return switch (table) {
            case "phone" -> node(property, table, Link.POINTING_HERE, field, many("languages", "language", "phone_id"));
            case "contact" -> node(property, table, Link.POINTING_HERE, field, many("phones", "phone", "contact_id"));
            default -> node(property, table, Link.POINTING_HERE, field);
        };
    }

    /** A node with the attributes and metadata every HSDS object may carry added after its own children. */
    private static ServiceTree node(String property, String table, Link link, String field, ServiceTree... children) {
        List<ServiceTree> all = new ArrayList<>(List.of(children));
        all.add(attributes());
        all.add(metadata());
        return new ServiceTree(property, table, link, field, all);
    }

    private static ServiceTree attributes() {
        ServiceTree taxonomy =
                new ServiceTree("taxonomy_detail", "taxonomy", Link.POINTED_AT, "taxonomy_id", List.of(metadata()));
        ServiceTree term = new ServiceTree(
                "taxonomy_term", "taxonomy_term", Link.POINTED_AT, "taxonomy_term_id", List.of(taxonomy, metadata()));
        return new ServiceTree("attributes", "attribute", Link.POINTING_HERE, "link_id", List.of(term, metadata()));
    }

    private static ServiceTree metadata() {
        return new ServiceTree("metadata", "metadata", Link.POINTING_HERE, "resource_id", List.of());
    }
}

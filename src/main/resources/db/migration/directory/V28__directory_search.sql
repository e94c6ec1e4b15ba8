-- Alongside's own index of the directory, rebuilt from the HSDS tables whenever a service changes
-- (and its opening times nightly): not part of HSDS and never exported. One row per service for
-- words and filters, one per place a service is offered for "near", and the service's opening
-- times over the days around today for "open now".
create table directory_service_index (
    service_id uuid primary key references hsds_service (id),
    organization_id uuid not null,
    status text not null,
    name text not null,
    organization_name text not null,
    document tsvector not null,
    words text not null,
    term_ids uuid[] not null,
    taxonomy_ids uuid[] not null,
    languages text[] not null,
    free boolean not null,
    modified timestamptz
);
create index directory_service_index_document on directory_service_index using gin (document);
create index directory_service_index_words on directory_service_index using gin (words gin_trgm_ops);
create index directory_service_index_terms on directory_service_index using gin (term_ids);

create table directory_service_place (
    service_id uuid not null references hsds_service (id),
    location_id uuid not null,
    latitude double precision,
    longitude double precision,
    postal_code text,
    primary key (service_id, location_id)
);
create index directory_service_place_point on directory_service_place (latitude, longitude);
create index directory_service_place_postal_code on directory_service_place (upper(replace(postal_code, ' ', '')));

create table directory_opening (
    service_id uuid not null references hsds_service (id),
    opens timestamptz not null,
    closes timestamptz not null
);
create index directory_opening_service on directory_opening (service_id, opens);
create index directory_opening_now on directory_opening (opens, closes);

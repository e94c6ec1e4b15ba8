-- The community resource directory in Open Referral's Human Services Data Specification 3.0:
-- one table per HSDS object, named hsds_<object>, with HSDS's own field names and types (from its
-- data package descriptor, bundled in src/main/resources/hsds/3.0). No field is invented: Alongside's
-- own tags travel as HSDS attributes. Rows are never deleted while a referral points at them;
-- a service leaves the directory by its HSDS status (inactive, defunct).

create table hsds_organization (
    id uuid primary key,
    name text not null,
    alternate_name text,
    description text not null,
    email text,
    website text,
    tax_status text,
    tax_id text,
    year_incorporated numeric,
    legal_status text,
    logo text,
    uri text,
    parent_organization_id uuid
);

create table hsds_program (
    id uuid primary key,
    organization_id uuid not null references hsds_organization (id),
    name text not null,
    alternate_name text,
    description text not null
);

create index hsds_program_organization_id on hsds_program (organization_id);

create table hsds_service (
    id uuid primary key,
    organization_id uuid not null references hsds_organization (id),
    program_id uuid references hsds_program (id),
    name text not null,
    alternate_name text,
    description text,
    url text,
    email text,
    status text not null,
    interpretation_services text,
    application_process text,
    fees_description text,
    wait_time text,
    fees text,
    accreditations text,
    eligibility_description text,
    minimum_age numeric,
    maximum_age numeric,
    assured_date date,
    assurer_email text,
    licenses text,
    alert text,
    last_modified timestamptz,
    constraint hsds_service_status check (status in ('active', 'inactive', 'defunct', 'temporarily closed'))
);

create index hsds_service_organization_id on hsds_service (organization_id);

create index hsds_service_program_id on hsds_service (program_id);

create table hsds_taxonomy (
    id uuid primary key,
    name text not null,
    description text not null,
    uri text,
    version text
);

create table hsds_taxonomy_term (
    id uuid primary key,
    code text,
    name text not null,
    description text not null,
    parent_id uuid,
    taxonomy text,
    language text,
    taxonomy_id uuid references hsds_taxonomy (id),
    term_uri text
);

create index hsds_taxonomy_term_taxonomy_id on hsds_taxonomy_term (taxonomy_id);

create table hsds_attribute (
    id uuid primary key,
    link_id uuid not null,
    taxonomy_term_id uuid not null references hsds_taxonomy_term (id),
    link_type text,
    link_entity text not null,
    value text
);

create index hsds_attribute_taxonomy_term_id on hsds_attribute (taxonomy_term_id);

create index hsds_attribute_link_id on hsds_attribute (link_id);

create table hsds_location (
    id uuid primary key,
    location_type text not null,
    url text,
    organization_id uuid references hsds_organization (id),
    name text,
    alternate_name text,
    description text,
    transportation text,
    latitude numeric,
    longitude numeric,
    external_identifier text,
    external_identifier_type text
);

create index hsds_location_organization_id on hsds_location (organization_id);

create table hsds_service_at_location (
    id uuid primary key,
    service_id uuid not null references hsds_service (id),
    location_id uuid not null references hsds_location (id),
    description text
);

create index hsds_service_at_location_service_id on hsds_service_at_location (service_id);

create index hsds_service_at_location_location_id on hsds_service_at_location (location_id);

create table hsds_contact (
    id uuid primary key,
    organization_id uuid references hsds_organization (id),
    service_id uuid references hsds_service (id),
    service_at_location_id uuid references hsds_service_at_location (id),
    location_id uuid references hsds_location (id),
    name text,
    title text,
    department text,
    email text
);

create index hsds_contact_location_id on hsds_contact (location_id);

create index hsds_contact_organization_id on hsds_contact (organization_id);

create index hsds_contact_service_id on hsds_contact (service_id);

create index hsds_contact_service_at_location_id on hsds_contact (service_at_location_id);

create table hsds_phone (
    id uuid primary key,
    location_id uuid references hsds_location (id),
    service_id uuid references hsds_service (id),
    organization_id uuid references hsds_organization (id),
    contact_id uuid references hsds_contact (id),
    service_at_location_id uuid references hsds_service_at_location (id),
    number text not null,
    extension numeric,
    type text,
    description text
);

create index hsds_phone_contact_id on hsds_phone (contact_id);

create index hsds_phone_location_id on hsds_phone (location_id);

create index hsds_phone_organization_id on hsds_phone (organization_id);

create index hsds_phone_service_id on hsds_phone (service_id);

create index hsds_phone_service_at_location_id on hsds_phone (service_at_location_id);

create table hsds_address (
    id uuid primary key,
    location_id uuid references hsds_location (id),
    attention text,
    address_1 text not null,
    address_2 text,
    city text not null,
    region text,
    state_province text not null,
    postal_code text not null,
    country text not null,
    address_type text not null
);

create index hsds_address_location_id on hsds_address (location_id);

create table hsds_schedule (
    id uuid primary key,
    service_id uuid references hsds_service (id),
    location_id uuid references hsds_location (id),
    service_at_location_id uuid references hsds_service_at_location (id),
    valid_from date,
    valid_to date,
    dtstart date,
    timezone numeric,
    until date,
    count numeric,
    wkst text,
    freq text,
    interval numeric,
    byday text,
    byweekno text,
    bymonthday text,
    byyearday text,
    description text,
    opens_at text,
    closes_at text,
    schedule_link text,
    attending_type text,
    notes text,
    constraint hsds_schedule_freq check (freq is null or freq in ('WEEKLY', 'MONTHLY'))
);

create index hsds_schedule_location_id on hsds_schedule (location_id);

create index hsds_schedule_service_id on hsds_schedule (service_id);

create index hsds_schedule_service_at_location_id on hsds_schedule (service_at_location_id);

create table hsds_funding (
    id uuid primary key,
    organization_id uuid references hsds_organization (id),
    service_id uuid references hsds_service (id),
    source text
);

create index hsds_funding_organization_id on hsds_funding (organization_id);

create index hsds_funding_service_id on hsds_funding (service_id);

create table hsds_service_area (
    id uuid primary key,
    service_id uuid references hsds_service (id),
    name text,
    description text,
    extent text,
    extent_type text,
    uri text
);

create index hsds_service_area_service_id on hsds_service_area (service_id);

create table hsds_required_document (
    id uuid primary key,
    service_id uuid references hsds_service (id),
    document text,
    uri text
);

create index hsds_required_document_service_id on hsds_required_document (service_id);

create table hsds_language (
    id uuid primary key,
    service_id uuid references hsds_service (id),
    location_id uuid references hsds_location (id),
    phone_id uuid references hsds_phone (id),
    name text,
    code text,
    note text
);

create index hsds_language_location_id on hsds_language (location_id);

create index hsds_language_phone_id on hsds_language (phone_id);

create index hsds_language_service_id on hsds_language (service_id);

create table hsds_accessibility (
    id uuid primary key,
    location_id uuid references hsds_location (id),
    description text,
    details text,
    url text
);

create index hsds_accessibility_location_id on hsds_accessibility (location_id);

create table hsds_metadata (
    id uuid primary key,
    resource_id uuid not null,
    resource_type text not null,
    last_action_date date not null,
    last_action_type text not null,
    field_name text not null,
    previous_value text not null,
    replacement_value text not null,
    updated_by text not null
);

create index hsds_metadata_resource_id on hsds_metadata (resource_id);

create table hsds_meta_table_description (
    id uuid primary key,
    name text,
    language text,
    character_set text
);

create table hsds_cost_option (
    id uuid primary key,
    service_id uuid not null references hsds_service (id),
    valid_from date,
    valid_to date,
    option text,
    currency text,
    amount numeric,
    amount_description text
);

create index hsds_cost_option_service_id on hsds_cost_option (service_id);

create table hsds_organization_identifier (
    id uuid primary key,
    organization_id uuid not null references hsds_organization (id),
    identifier_scheme text,
    identifier_type text not null,
    identifier text not null
);

create index hsds_organization_identifier_organization_id on hsds_organization_identifier (organization_id);

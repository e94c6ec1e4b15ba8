package org.alongside.directory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.Fixtures;
import org.alongside.shared.Role;
import org.springframework.context.ApplicationContext;

/**
 * Writes a small HSDS data package the way a test reads it: one line a service, with its
 * organisation, needs, place (coordinates and postcode), language, cost and hours. Ids are new
 * each time, so tests sharing a database never meet each other's services.
 */
public final class SmallDirectory {

    static final String ALONGSIDE_TAXONOMY = "7b1f0c9e-3c61-4a9e-9a43-5d8f2b6c1e01";

    private final String org = UUID.randomUUID().toString();
    private final String orgName;
    private final Map<String, UUID> ids = new LinkedHashMap<>();
    private final StringBuilder services = new StringBuilder("id,organization_id,name,description,status\n");
    private final StringBuilder locations = new StringBuilder("id,location_type,name,latitude,longitude\n");
    private final StringBuilder addresses =
            new StringBuilder("id,location_id,address_1,city,state_province,postal_code,country,address_type\n");
    private final StringBuilder places = new StringBuilder("id,service_id,location_id\n");
    private final StringBuilder schedules = new StringBuilder("id,service_id,freq,byday,opens_at,closes_at,valid_to\n");
    private final StringBuilder attributes = new StringBuilder("id,link_id,taxonomy_term_id,link_type,link_entity\n");
    private final StringBuilder languages = new StringBuilder("id,service_id,name,code\n");
    private final StringBuilder costs = new StringBuilder("id,service_id,option,amount\n");
    private final StringBuilder phones = new StringBuilder("id,service_id,number\n");
    private final List<String[]> needs = new ArrayList<>();

    public SmallDirectory(String orgName) {
        this.orgName = orgName;
    }

    /** A service; {@code hours} is "always", "never" (expired) or null for no schedule. */
    public SmallDirectory service(
            String name,
            String description,
            String need,
            double latitude,
            double longitude,
            String postcode,
            String language,
            boolean free,
            String hours) {
        UUID id = UUID.randomUUID();
        ids.put(name, id);
        services.append(id)
                .append(',')
                .append(org)
                .append(',')
                .append(name)
                .append(",\"")
                .append(description)
                .append("\",active\n");
        UUID location = UUID.randomUUID();
        locations
                .append(location)
                .append(",physical,")
                .append(name)
                .append(',')
                .append(latitude)
                .append(',')
                .append(longitude)
                .append('\n');
        addresses
                .append(UUID.randomUUID())
                .append(',')
                .append(location)
                .append(",1 Main Street,Springfield,IL,")
                .append(postcode)
                .append(",US,physical\n");
        places.append(UUID.randomUUID())
                .append(',')
                .append(id)
                .append(',')
                .append(location)
                .append('\n');
        if ("always".equals(hours)) {
            schedules
                    .append(UUID.randomUUID())
                    .append(',')
                    .append(id)
                    .append(",WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",00:00,00:00,\n");
        } else if ("never".equals(hours)) {
            schedules
                    .append(UUID.randomUUID())
                    .append(',')
                    .append(id)
                    .append(",WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",00:00,00:00,2020-01-01\n");
        }
        if (need != null) {
            needs.add(new String[] {id.toString(), need});
        }
        if (language != null) {
            languages
                    .append(UUID.randomUUID())
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(language)
                    .append(',')
                    .append(language.equals("Spanish") ? "es" : "en")
                    .append('\n');
        }
        costs.append(UUID.randomUUID())
                .append(',')
                .append(id)
                .append(',')
                .append(free ? "Free" : "Fee")
                .append(',')
                .append(free ? "0" : "25")
                .append('\n');
        phones.append(UUID.randomUUID()).append(',').append(id).append(",555 0100\n");
        return this;
    }

    public UUID id(String name) {
        return ids.get(name);
    }

    /** Imports the package into the directory as an administrator; answers the report. */
    public ImportReport importInto(ApplicationContext context) {
        Map<String, UUID> terms = new HashMap<>();
        context.getBean(AlongsideTerms.class).of("need").forEach((code, term) -> terms.put("need:" + code, term.id()));
        var admin = new Fixtures(context)
                .account("dir-" + System.nanoTime(), "Directory Admin", Role.ADMIN)
                .viewer();
        return context.getBean(DirectoryTransfer.class)
                .importTabular(admin, new ByteArrayInputStream(DirectoryImportTests.zip(files(terms))), p -> {});
    }

    /** The package; needs are written as attributes naming Alongside's term ids, looked up by code. */
    Map<String, String> files(Map<String, UUID> termIds) {
        for (String[] need : needs) {
            attributes
                    .append(UUID.randomUUID())
                    .append(',')
                    .append(need[0])
                    .append(',')
                    .append(termIds.get("need:" + need[1]))
                    .append(",need,service\n");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("organizations.csv", "id,name,description\n" + org + "," + orgName + ",A test organisation\n");
        files.put("services.csv", services.toString());
        files.put("locations.csv", locations.toString());
        files.put("addresses.csv", addresses.toString());
        files.put("service_at_location.csv", places.toString());
        files.put("schedules.csv", schedules.toString());
        files.put("attributes.csv", attributes.toString());
        files.put("languages.csv", languages.toString());
        files.put("cost_options.csv", costs.toString());
        files.put("phones.csv", phones.toString());
        return files;
    }
}

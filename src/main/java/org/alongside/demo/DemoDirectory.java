package org.alongside.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.DirectoryTransfer;
import org.alongside.directory.ImportReport;
import org.alongside.shared.Viewer.StaffMember;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A made-up community resource directory for the demo: about 330 services of 60 organisations in
 * the fictional town of Harbor, across every need Alongside names, with places, postcodes,
 * phones in the 555-01xx range kept for fiction, languages, costs and opening hours of every kind
 * (weekdays, evenings, weekends, a monthly meeting, a night shelter open across midnight). No real
 * organisation's data. It is written as the CSV tables of an HSDS data package and imported like any other.
 */
@Component
class DemoDirectory {

    private static final String[] PLACES = {
        "Harbor",
        "Eastside",
        "Riverside",
        "Maple Street",
        "Cedar Hill",
        "Lakeview",
        "Northgate",
        "Old Mill",
        "Westbrook",
        "Union Square",
        "Bayfront",
        "Orchard"
    };
    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("housing", new String[] {"Housing Help Desk", "Night Shelter", "Tenant Support", "Rent Assistance"});
        KINDS.put("food", new String[] {"Food Pantry", "Community Meals", "Fresh Food Market", "Soup Kitchen"});
        KINDS.put("employment", new String[] {"Job Club", "Work Readiness", "Supported Employment"});
        KINDS.put("education", new String[] {"GED Classes", "Adult Learning Center", "Computer Skills Class"});
        KINDS.put("benefits", new String[] {"Benefits Advice", "Health Coverage Enrollment"});
        KINDS.put("legal", new String[] {"Legal Aid Clinic", "Record Expungement Help"});
        KINDS.put("health_care", new String[] {"Community Health Clinic", "Dental Day", "Free Eye Checks"});
        KINDS.put("mental_health", new String[] {"Counselling Service", "Warm Line", "Wellness Drop-in"});
        KINDS.put("substance_use_treatment", new String[] {"Outpatient Treatment", "Medication for Recovery Clinic"});
        KINDS.put(
                "mutual_support",
                new String[] {"SMART Recovery Meeting", "Twelve-Step Meeting", "Recovery Dharma Group"});
        KINDS.put("peer_recovery_community", new String[] {"Recovery Community Center", "Peer-Run Respite"});
        KINDS.put("transport", new String[] {"Ride to Appointments", "Bus Pass Program"});
        KINDS.put("family", new String[] {"Family Support Group", "Parenting Circle"});
        KINDS.put("spiritual_community", new String[] {"Interfaith Circle", "Meditation Group"});
        KINDS.put("clothing", new String[] {"Clothing Closet", "Coat Drive"});
        KINDS.put("money", new String[] {"Budgeting Help", "Free Tax Preparation"});
        KINDS.put("phone_and_internet", new String[] {"Free Phone Program", "Library Computer Lab"});
        KINDS.put("recreation", new String[] {"Walking Club", "Community Art Studio", "Sober Softball"});
    }

    private static final Map<String, String> DIMENSIONS = Map.ofEntries(
            Map.entry("housing", "ENVIRONMENTAL"),
            Map.entry("food", "PHYSICAL"),
            Map.entry("employment", "OCCUPATIONAL"),
            Map.entry("education", "INTELLECTUAL"),
            Map.entry("benefits", "FINANCIAL"),
            Map.entry("legal", "FINANCIAL"),
            Map.entry("health_care", "PHYSICAL"),
            Map.entry("mental_health", "EMOTIONAL"),
            Map.entry("substance_use_treatment", "PHYSICAL"),
            Map.entry("mutual_support", "SOCIAL"),
            Map.entry("peer_recovery_community", "SOCIAL"),
            Map.entry("transport", "ENVIRONMENTAL"),
            Map.entry("family", "SOCIAL"),
            Map.entry("spiritual_community", "SPIRITUAL"),
            Map.entry("clothing", "PHYSICAL"),
            Map.entry("money", "FINANCIAL"),
            Map.entry("phone_and_internet", "SOCIAL"),
            Map.entry("recreation", "EMOTIONAL"));

    private final DirectoryTransfer transfer;
    private final AlongsideTerms terms;

    DemoDirectory(DirectoryTransfer transfer, AlongsideTerms terms) {
        this.transfer = transfer;
        this.terms = terms;
    }

    ImportReport seed(StaffMember admin) {
        return transfer.importTables(admin, files(new Random(2026)));
    }

    private Map<String, String> files(Random random) {
        var needs = terms.of("need");
        var dimensions = terms.of("dimension");
        Csv organizations = new Csv("id,name,description,email,website");
        Csv services = new Csv("id,organization_id,name,description,status,application_process,fees_description");
        Csv locations = new Csv("id,location_type,organization_id,name,latitude,longitude,transportation");
        Csv addresses = new Csv("id,location_id,address_1,city,state_province,postal_code,country,address_type");
        Csv atLocation = new Csv("id,service_id,location_id");
        Csv phones = new Csv("id,service_id,number,type");
        Csv schedules = new Csv("id,service_id,freq,byday,opens_at,closes_at,description");
        Csv languages = new Csv("id,service_id,name,code");
        Csv costs = new Csv("id,service_id,option,amount,currency");
        Csv documents = new Csv("id,service_id,document");
        Csv attributes = new Csv("id,link_id,taxonomy_term_id,link_type,link_entity");
        int phone = 0;
        int organizationCount = 0;
        for (String place : PLACES) {
            for (int o = 0; o < 5; o++) {
                UUID organization = UUID.randomUUID();
                organizationCount++;
                String orgName = place + " "
                        + new String[] {
                                    "Community Network",
                                    "Neighbors",
                                    "Recovery Alliance",
                                    "Family Services",
                                    "Health Partners"
                                }
                                [o];
                organizations.row(
                        organization,
                        orgName,
                        "A made-up organisation in the demo town of Harbor",
                        slug(orgName) + "@demo.alongside.local",
                        "https://" + slug(orgName) + ".demo.alongside.local");
                UUID location = UUID.randomUUID();
                double lat = 41.40 + random.nextDouble() * 0.25;
                double lon = -81.80 + random.nextDouble() * 0.35;
                String postcode = "441" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(20));
                locations.row(
                        location,
                        "physical",
                        organization,
                        orgName,
                        round(lat),
                        round(lon),
                        random.nextBoolean()
                                ? "Bus routes 4 and 11 stop outside"
                                : "Five minutes' walk from the train");
                addresses.row(
                        UUID.randomUUID(),
                        location,
                        (10 + random.nextInt(890)) + " " + place + " Avenue",
                        "Harbor",
                        "OH",
                        postcode,
                        "US",
                        "physical");
                for (String need : KINDS.keySet()) {
                    if ((organizationCount + need.length()) % 3 != 0) {
                        continue;
                    }
                    String[] kinds = KINDS.get(need);
                    String name = place + " " + kinds[random.nextInt(kinds.length)];
                    UUID service = UUID.randomUUID();
                    boolean free = random.nextInt(5) > 0;
                    services.row(
                            service,
                            organization,
                            name,
                            "Made-up " + needs.get(need).name().toLowerCase(Locale.ROOT) + " service for the demo: "
                                    + name + ", run by " + orgName + ".",
                            random.nextInt(25) == 0 ? "temporarily closed" : "active",
                            random.nextBoolean() ? "Walk in, or call ahead" : "Call to book a first visit",
                            free ? "Free" : "A small fee, waived when it stands in the way");
                    atLocation.row(UUID.randomUUID(), service, location);
                    phones.row(UUID.randomUUID(), service, "(216) 555-0" + (100 + phone++ % 100), "voice");
                    hours(schedules, service, need, random);
                    languages.row(UUID.randomUUID(), service, "English", "en");
                    if (random.nextInt(3) == 0) {
                        languages.row(UUID.randomUUID(), service, "Spanish", "es");
                    }
                    costs.row(UUID.randomUUID(), service, free ? "Free" : "Fee", free ? "0" : "5", "USD");
                    if (need.equals("benefits") || need.equals("housing") || need.equals("legal")) {
                        documents.row(
                                UUID.randomUUID(),
                                service,
                                "A photo ID, and a letter with your address if you have one");
                    }
                    attributes.row(UUID.randomUUID(), service, needs.get(need).id(), "need", "service");
                    attributes.row(
                            UUID.randomUUID(),
                            service,
                            dimensions.get(DIMENSIONS.get(need)).id(),
                            "dimension",
                            "service");
                }
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("organizations.csv", organizations.text());
        files.put("services.csv", services.text());
        files.put("locations.csv", locations.text());
        files.put("addresses.csv", addresses.text());
        files.put("service_at_location.csv", atLocation.text());
        files.put("phones.csv", phones.text());
        files.put("schedules.csv", schedules.text());
        files.put("languages.csv", languages.text());
        files.put("cost_options.csv", costs.text());
        files.put("required_documents.csv", documents.text());
        files.put("attributes.csv", attributes.text());
        return files;
    }

    /** Hours of every kind: a shelter open through the night, monthly meetings, evenings, weekdays, weekends. */
    private static void hours(Csv schedules, UUID service, String need, Random random) {
        if (need.equals("housing") && random.nextInt(3) == 0) {
            schedules.row(
                    UUID.randomUUID(),
                    service,
                    "WEEKLY",
                    "MO,TU,WE,TH,FR,SA,SU",
                    "19:00",
                    "00:00",
                    "Doors open at 7 pm");
            schedules.row(
                    UUID.randomUUID(),
                    service,
                    "WEEKLY",
                    "MO,TU,WE,TH,FR,SA,SU",
                    "00:00",
                    "08:00",
                    "Breakfast before 8 am");
            return;
        }
        switch (random.nextInt(5)) {
            case 0 ->
                schedules.row(
                        UUID.randomUUID(), service, "MONTHLY", "2TU", "18:00", "20:00", "Second Tuesday of the month");
            case 1 -> schedules.row(UUID.randomUUID(), service, "WEEKLY", "MO,WE,TH", "17:30", "20:30", "Evenings");
            case 2 -> schedules.row(UUID.randomUUID(), service, "WEEKLY", "SA,SU", "10:00", "16:00", "Weekends");
            default ->
                schedules.row(UUID.randomUUID(), service, "WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00", "Weekdays");
        }
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    /** One CSV file being written, header first. */
    private static final class Csv {
        private final StringWriter text = new StringWriter();
        private final CSVPrinter printer;

        Csv(String header) {
            try {
                printer = new CSVPrinter(text, CSVFormat.RFC4180);
                printer.printRecord((Object[]) header.split(","));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void row(Object... cells) {
            try {
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return text.toString();
        }
    }
}

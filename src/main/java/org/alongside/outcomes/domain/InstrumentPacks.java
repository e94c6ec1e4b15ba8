package org.alongside.outcomes.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alongside.outcomes.domain.Instrument.Band;
import org.alongside.outcomes.domain.Instrument.Item;
import org.alongside.outcomes.domain.Instrument.Option;
import org.alongside.outcomes.domain.Instrument.Words;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an instrument pack (JSON, {@code instruments/pack.schema.json}) into an {@link Instrument},
 * or refuses it with every problem found: first the schema's (a missing field, an option without a
 * value), then whether the parts agree (duplicate item ids, a scoring rule naming an item the pack
 * does not have, bands that overlap or leave a possible total without a band).
 */
public final class InstrumentPacks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InstrumentPacks() {}

    public static Instrument read(String json) {
        JsonNode pack;
        try {
            pack = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidPackException(List.of(PackProblem.of("", "notJson")));
        }
        List<PackProblem> problems = new ArrayList<>();
        problems.addAll(PackSchema.problems(pack));
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        Instrument instrument = instrument(pack, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return instrument;
    }

    private static Instrument instrument(JsonNode pack, List<PackProblem> problems) {
        List<Option> shared = options(pack.get("options"));
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode itemNodes = pack.get("items");
        for (int i = 0; i < itemNodes.size(); i++) {
            JsonNode node = itemNodes.get(i);
            String id = node.get("id").asString();
            String where = "items[" + i + "]";
            if (!ids.add(id)) {
                problems.add(PackProblem.of(where, "duplicateItem", id));
            }
            List<Option> options = node.has("options") ? options(node.get("options")) : shared;
            if (options.isEmpty()) {
                problems.add(PackProblem.of(where, "noOptions", id));
            }
            Set<Integer> values = new HashSet<>();
            for (Option option : options) {
                if (!values.add(option.value())) {
                    problems.add(PackProblem.of(where, "duplicateValue", id, option.value()));
                }
            }
            items.add(new Item(
                    id,
                    words(node.get("text")),
                    options,
                    !node.has("scored") || node.get("scored").asBoolean(),
                    node.has("safety") && node.get("safety").asBoolean(),
                    text(node, "loinc")));
        }
        Instrument.Scoring scoring = scoring(pack.get("scoring"), items, problems);
        List<Band> bands = new ArrayList<>();
        for (JsonNode band : pack.get("bands")) {
            bands.add(new Band(band.get("from").asInt(), band.get("to").asInt(), words(band.get("label"))));
        }
        bands.sort(Comparator.comparingInt(Band::from));
        Instrument.ReliableChangeRule change = reliableChange(pack.get("reliableChange"), problems);
        JsonNode loinc = pack.get("loinc");
        Instrument instrument = new Instrument(
                pack.get("id").asString(),
                pack.get("version").asString(),
                words(pack.get("title")),
                pack.has("instructions") ? words(pack.get("instructions")) : null,
                List.copyOf(items),
                scoring,
                List.copyOf(bands),
                "lower-is-better".equals(pack.get("direction").asString()),
                change,
                loinc == null ? null : text(loinc, "panel"),
                loinc == null ? null : text(loinc, "total"),
                pack.get("licence").asString(),
                pack.get("citation").asString());
        if (instrument.scoredItems().isEmpty()) {
            problems.add(PackProblem.of("items", "nothingScored"));
        } else if (problems.isEmpty()) {
            checkBands(instrument, problems);
        }
        return instrument;
    }

    private static Instrument.Scoring scoring(JsonNode node, List<Item> items, List<PackProblem> problems) {
        Map<String, Item> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.putIfAbsent(i.id(), i));
        List<String> reverse = strings(node.get("reverse"));
        reverse.forEach(id -> named(byId, id, "scoring.reverse", problems));
        List<Instrument.Subscale> subscales = new ArrayList<>();
        JsonNode subscaleNodes = node.get("subscales");
        for (int s = 0; subscaleNodes != null && s < subscaleNodes.size(); s++) {
            JsonNode sub = subscaleNodes.get(s);
            List<String> members = strings(sub.get("items"));
            String where = "scoring.subscales[" + s + "]";
            members.forEach(id -> named(byId, id, where, problems));
            subscales.add(new Instrument.Subscale(sub.get("id").asString(), words(sub.get("title")), members));
        }
        JsonNode prorate = node.get("prorate");
        int maxMissing = prorate == null ? 0 : prorate.get("maxMissing").asInt();
        long scored = items.stream().filter(Item::scored).count();
        if (maxMissing > 0 && maxMissing >= scored) {
            problems.add(PackProblem.of("scoring.prorate", "prorateTooMany", maxMissing, scored));
        }
        return new Instrument.Scoring(
                node.has("factor") ? node.get("factor").asInt() : 1,
                reverse,
                maxMissing,
                prorate == null ? null : text(prorate, "source"),
                List.copyOf(subscales));
    }

    private static void named(Map<String, Item> items, String id, String where, List<PackProblem> problems) {
        Item item = items.get(id);
        if (item == null) {
            problems.add(PackProblem.of(where, "unknownItem", id));
        } else if (!item.scored()) {
            problems.add(PackProblem.of(where, "unscoredItem", id));
        }
    }

    private static Instrument.ReliableChangeRule reliableChange(JsonNode node, List<PackProblem> problems) {
        if (node == null) {
            return null;
        }
        Double points = node.has("points") ? node.get("points").asDouble() : null;
        Double sd = node.has("sd") ? node.get("sd").asDouble() : null;
        Double r = node.has("reliability") ? node.get("reliability").asDouble() : null;
        if ((points == null) == (sd == null || r == null) || (points != null && (sd != null || r != null))) {
            problems.add(PackProblem.of("reliableChange", "reliableChangeRule"));
            return null;
        }
        return new Instrument.ReliableChangeRule(
                points, sd, r, node.get("source").asString());
    }

    /** The bands, in order, must cover every possible total once: from the lowest to the highest. */
    private static void checkBands(Instrument instrument, List<PackProblem> problems) {
        int lowest = instrument.lowestTotal();
        int highest = instrument.highestTotal();
        int next = lowest;
        for (Band band : instrument.bands()) {
            if (band.to() < band.from()) {
                problems.add(PackProblem.of("bands", "bandBackwards", band.from(), band.to()));
                return;
            }
            if (band.from() < lowest || band.to() > highest) {
                problems.add(PackProblem.of("bands", "bandOutside", band.from(), band.to(), lowest, highest));
            } else if (band.from() < next) {
                problems.add(PackProblem.of("bands", "bandsOverlap", band.from(), next - 1));
            } else if (band.from() > next) {
                problems.add(PackProblem.of("bands", "bandsGap", next, band.from() - 1));
            }
            next = Math.max(next, band.to() + 1);
        }
        if (next <= highest) {
            problems.add(PackProblem.of("bands", "bandsGap", next, highest));
        }
    }

    private static List<Option> options(JsonNode node) {
        List<Option> options = new ArrayList<>();
        if (node != null) {
            node.forEach(o -> options.add(new Option(o.get("value").asInt(), words(o.get("text")))));
        }
        return List.copyOf(options);
    }

    private static Words words(JsonNode node) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
        return new Words(Map.copyOf(byLanguage));
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> strings.add(n.asString()));
        }
        return List.copyOf(strings);
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }
}

package org.alongside.workforce.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alongside.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a renewal rule set from its JSON file (see {@code workforce/rule-sets/README.md}), refusing
 * it field by field: a missing name or source, an unknown cycle or category, hours below zero, or
 * category minimums (or approved hours) that add up to more than the total.
 */
public final class RuleSetFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(1000);

    private RuleSetFiles() {}

    /** The file's fields as written, before they are checked. */
    public record File(
            String id,
            Integer version,
            String name,
            String issuingBody,
            CycleFields cycle,
            BigDecimal totalHours,
            Map<String, BigDecimal> categoryHours,
            Map<String, Integer> categoryTrainings,
            BigDecimal approvedHours,
            BigDecimal carryOverHours,
            Integer waiverMonths,
            Integer graceDays,
            Integer lateDays,
            Boolean supervisionCounts,
            List<RuleSet.FactSource> sources) {}

    /** A cycle as written: {@code type}, {@code years}, and for a fixed date {@code month}, {@code day} and {@code parity}. */
    public record CycleFields(String type, Integer years, Integer month, Integer day, String parity) {}

    public static RuleSet read(String json) {
        File file;
        try {
            file = JSON.readValue(json, File.class);
        } catch (JacksonException e) {
            throw new InvalidInputException("ruleSet", "This is not a rule set file in JSON");
        }
        if (file == null) {
            throw new InvalidInputException("ruleSet", "This is not a rule set file in JSON");
        }
        return check(file);
    }

    /** The same file with its version set (a rule set added under a known id becomes its next version). */
    public static String withVersion(String json, int version) {
        tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(json);
        node.put("version", version);
        return JSON.writeValueAsString(node);
    }

    public static RuleSet check(File file) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (file.id() == null
                || !file.id().matches("[a-z0-9]+(-[a-z0-9]+)*")
                || file.id().length() > 60) {
            errors.put("id", "Give the rule set an id of lower-case letters, digits and hyphens");
        }
        if (blank(file.name()) || file.name().length() > 200) {
            errors.put("name", "Give the rule set a name of up to 200 characters");
        }
        if (file.sources() == null
                || file.sources().isEmpty()
                || file.sources().stream().anyMatch(s -> s == null || blank(s.fact()) || blank(s.source()))) {
            errors.put("sources", "Say where each rule comes from: at least one source, each with a fact and a source");
        }
        Cycle cycle = cycle(file.cycle(), errors);
        BigDecimal total = hours(file.totalHours(), "totalHours", errors);
        Map<HourCategory, BigDecimal> categoryHours = new EnumMap<>(HourCategory.class);
        if (file.categoryHours() != null) {
            file.categoryHours().forEach((name, value) -> {
                HourCategory category = category(name, "categoryHours", errors);
                BigDecimal hours = hours(value, "categoryHours", errors);
                if (category != null) {
                    categoryHours.put(category, hours);
                }
            });
        }
        Map<HourCategory, Integer> categoryTrainings = new EnumMap<>(HourCategory.class);
        if (file.categoryTrainings() != null) {
            file.categoryTrainings().forEach((name, value) -> {
                HourCategory category = category(name, "categoryTrainings", errors);
                if (value == null || value < 1 || value > 50) {
                    errors.put("categoryTrainings", "A number of trainings is between 1 and 50");
                } else if (category != null) {
                    categoryTrainings.put(category, value);
                }
            });
        }
        BigDecimal approved =
                file.approvedHours() == null ? BigDecimal.ZERO : hours(file.approvedHours(), "approvedHours", errors);
        BigDecimal carryOver = file.carryOverHours() == null
                ? BigDecimal.ZERO
                : hours(file.carryOverHours(), "carryOverHours", errors);
        BigDecimal minimums = categoryHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!errors.containsKey("totalHours") && minimums.compareTo(total) > 0) {
            errors.put("categoryHours", "The category minimums add up to more than the total hours");
        }
        if (!errors.containsKey("totalHours") && approved.compareTo(total) > 0) {
            errors.put("approvedHours", "Hours from approved providers cannot be more than the total hours");
        }
        if (file.waiverMonths() != null && (file.waiverMonths() < 1 || file.waiverMonths() > 60)) {
            errors.put("waiverMonths", "A first-cycle waiver covers 1 to 60 months");
        }
        int grace = days(file.graceDays(), "graceDays", errors);
        int late = days(file.lateDays(), "lateDays", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RuleSet(
                file.id(),
                file.version() == null ? 1 : file.version(),
                file.name().strip(),
                blank(file.issuingBody()) ? null : file.issuingBody().strip(),
                cycle,
                total,
                categoryHours,
                categoryTrainings,
                approved,
                carryOver,
                file.waiverMonths(),
                grace,
                late,
                Boolean.TRUE.equals(file.supervisionCounts()),
                file.sources());
    }

    private static Cycle cycle(CycleFields fields, Map<String, String> errors) {
        Cycle.Type type = fields == null ? null : named(Cycle.Type.class, fields.type());
        if (type == null) {
            errors.put("cycle.type", "Choose a cycle: ANNIVERSARY, CALENDAR_YEAR or FIXED_DATE");
            return null;
        }
        int years = fields.years() == null ? 1 : fields.years();
        if (years < 1 || years > 10) {
            errors.put("cycle.years", "A cycle lasts 1 to 10 years");
            return null;
        }
        if (type != Cycle.Type.FIXED_DATE) {
            return new Cycle(type, years, null, null);
        }
        MonthDay day = null;
        try {
            day = fields.month() == null || fields.day() == null ? null : MonthDay.of(fields.month(), fields.day());
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null || day.equals(MonthDay.of(2, 29))) {
            errors.put("cycle.day", "Give the fixed date as a month and a day that every year has");
            return null;
        }
        Cycle.Parity parity =
                fields.parity() == null ? Cycle.Parity.EXAM_YEAR : named(Cycle.Parity.class, fields.parity());
        if (parity == null || (parity != Cycle.Parity.EXAM_YEAR && years != 2)) {
            errors.put("cycle.parity", "Odd or even years go with a two-year cycle; otherwise use EXAM_YEAR");
            return null;
        }
        return new Cycle(type, years, day, parity);
    }

    private static HourCategory category(String name, String field, Map<String, String> errors) {
        HourCategory category = named(HourCategory.class, name);
        if (category == null) {
            errors.put(
                    field,
                    "A category is one of ETHICS, PEER_SPECIFIC, ELECTIVE, CULTURAL_HUMILITY, TRAUMA_INFORMED or SUPERVISION");
        }
        return category;
    }

    private static BigDecimal hours(BigDecimal value, String field, Map<String, String> errors) {
        if (value == null || value.signum() < 0 || value.compareTo(MOST_HOURS) > 0) {
            errors.put(field, "Hours are between 0 and 1,000");
            return BigDecimal.ZERO;
        }
        return value.stripTrailingZeros();
    }

    private static int days(Integer value, String field, Map<String, String> errors) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 365) {
            errors.put(field, "Days are between 0 and 365");
            return 0;
        }
        return value;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

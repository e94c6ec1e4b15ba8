package org.alongside.outcomes.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.outcomes.InstrumentCatalog;
import org.alongside.outcomes.Measures;
import org.alongside.outcomes.domain.Instrument;
import org.alongside.outcomes.domain.InvalidPackException;
import org.alongside.outcomes.domain.ReliableChange;
import org.alongside.outcomes.domain.Response;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Outcome measures over the API: the instrument packs (listed; added by an administrator), a
 * person's responses recorded and their measures over time, and a safety response acknowledged.
 * Scores carry the pack's LOINC codes where it has them.
 */
@RestController
@Tag(name = "Outcome measures")
class OutcomesApi {

    private final InstrumentCatalog catalog;
    private final Measures measures;
    private final Texts texts;

    OutcomesApi(InstrumentCatalog catalog, Measures measures, Texts texts) {
        this.catalog = catalog;
        this.measures = measures;
        this.texts = texts;
    }

    record InstrumentSummary(
            String id,
            String version,
            String title,
            int items,
            int lowestTotal,
            int highestTotal,
            boolean lowerIsBetter,
            String reliableChange,
            String loincPanel,
            String loincTotal,
            String licence,
            String citation) {}

    /** The example pack of docs/instruments.md, as the documented request body. */
    static final String EXAMPLE_PACK =
            "{\"id\": \"our-connection-check\", \"version\": \"1\", \"title\": {\"en\": \"Connection check\", \"es\": \"Chequeo de conexión\"}, \"instructions\": {\"en\": \"In the past week…\", \"es\": \"En la última semana…\"}, \"options\": [{\"value\": 0, \"text\": {\"en\": \"Not at all\", \"es\": \"Nada\"}}, {\"value\": 1, \"text\": {\"en\": \"A little\", \"es\": \"Un poco\"}}, {\"value\": 2, \"text\": {\"en\": \"Quite a bit\", \"es\": \"Bastante\"}}, {\"value\": 3, \"text\": {\"en\": \"A lot\", \"es\": \"Mucho\"}}], \"items\": [{\"id\": \"1\", \"text\": {\"en\": \"I had someone to talk to\", \"es\": \"Tuve con quién hablar\"}}, {\"id\": \"2\", \"text\": {\"en\": \"I took part in something I enjoy\", \"es\": \"Participé en algo que disfruto\"}}, {\"id\": \"3\", \"text\": {\"en\": \"I felt alone\", \"es\": \"Me sentí solo/a\"}}, {\"id\": \"4\", \"text\": {\"en\": \"I felt hopeful about the week ahead\", \"es\": \"Sentí esperanza por la semana que viene\"}}], \"scoring\": {\"method\": \"sum\", \"reverse\": [\"3\"], \"subscales\": [{\"id\": \"people\", \"title\": {\"en\": \"People\", \"es\": \"Personas\"}, \"items\": [\"1\", \"3\"]}]}, \"bands\": [{\"from\": 0, \"to\": 4, \"label\": {\"en\": \"Low connection\", \"es\": \"Poca conexión\"}}, {\"from\": 5, \"to\": 8, \"label\": {\"en\": \"Some connection\", \"es\": \"Algo de conexión\"}}, {\"from\": 9, \"to\": 12, \"label\": {\"en\": \"Strong connection\", \"es\": \"Mucha conexión\"}}], \"direction\": \"higher-is-better\", \"reliableChange\": {\"points\": 3, \"source\": \"Our program's judgement, 2026\"}, \"licence\": \"Written by our program; free to use.\", \"citation\": \"Our program, 2026.\"}";

    record PackRequest(
            @Schema(
                    requiredMode = REQUIRED,
                    description = "the pack (as instruments/pack.schema.json and docs/instruments.md"
                            + " describe), as JSON or as the file's text",
                    example = EXAMPLE_PACK)
            JsonNode document) {

        /** The pack's text: the object written out, or the text given. */
        String text() {
            return document == null || document.isNull()
                    ? null
                    : document.isString() ? document.asString() : document.toString();
        }
    }

    record ResponseRequest(
            @Schema(requiredMode = REQUIRED, example = "phq-9")
            String instrumentId,

            @Schema(description = "the day it was completed; today when left out", example = "2026-12-01")
            LocalDate completedOn,

            @Schema(description = "WITH_STAFF (the default) or BY_PERSON", example = "WITH_STAFF")
            Response.CompletedBy completedBy,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "the value of the answer chosen, by item id; an item left out is missing",
                    example =
                            "{\"1\": 1, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 0, \"6\": 1, \"7\": 1, \"8\": 0, \"9\": 0}")
            Map<String, Integer> answers) {}

    record Scored(
            UUID id,
            String instrumentId,
            String instrumentVersion,
            LocalDate completedOn,
            Integer total,
            String band,
            int missing,
            boolean prorated,
            boolean safety,
            String loincPanel,
            String loincTotal,
            Change change) {}

    record Change(int baseline, int latest, int points, ReliableChange.Verdict verdict, String method) {
        static Change of(ReliableChange change) {
            return change == null
                    ? null
                    : new Change(
                            change.baseline(), change.latest(), change.points(), change.verdict(), change.method());
        }
    }

    record InstrumentMeasures(String instrumentId, String title, List<Scored> responses, Change change) {}

    record PersonMeasures(List<InstrumentMeasures> instruments, List<UUID> safetyOpen) {}

    @Operation(summary = "The questionnaires Alongside can ask: the newest version of each pack")
    @GetMapping("/api/v1/instruments")
    List<InstrumentSummary> instruments() {
        return catalog.current().stream().map(OutcomesApi::summary).toList();
    }

    @Operation(summary = "Add an instrument pack (administrators): a new questionnaire, or a new version of one")
    @PostMapping("/api/v1/instruments")
    ResponseEntity<InstrumentSummary> add(StaffMember user, @RequestBody PackRequest body) {
        String document = body.text();
        if (document == null || document.isBlank()) {
            throw new InvalidInputException("document", "Give the pack's text");
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(summary(catalog.add(user, document)));
        } catch (InvalidPackException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems()
                    .forEach(p -> errors.merge(
                            p.where().isEmpty() ? "pack" : p.where(),
                            texts.of(p.key(), p.args().toArray()),
                            (a, b) -> a + "; " + b));
            throw new InvalidInputException(errors);
        }
    }

    @Operation(
            summary =
                    "Record a questionnaire: scored with the newest version of its pack, with the change from the person's baseline")
    @PostMapping("/api/v1/participants/{id}/responses")
    ResponseEntity<Scored> record(StaffMember user, @PathVariable UUID id, @RequestBody ResponseRequest body) {
        Measures.Recorded recorded = measures.record(
                user,
                id,
                new Measures.ResponseForm(body.instrumentId(), body.completedOn(), body.completedBy(), body.answers()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(scored(recorded.response(), recorded.instrument(), recorded.change()));
    }

    @Operation(
            summary =
                    "A person's measures: each questionnaire over time, the change from baseline, and open safety responses")
    @GetMapping("/api/v1/participants/{id}/measures")
    PersonMeasures measures(StaffMember user, @PathVariable UUID id) {
        Measures.PersonMeasures found = measures.of(user, id);
        Locale locale = LocaleContextHolder.getLocale();
        return new PersonMeasures(
                found.trajectories().stream()
                        .map(t -> new InstrumentMeasures(
                                t.instrument().id(),
                                t.instrument().title().in(locale),
                                t.responses().stream()
                                        .map(r -> scored(r, t.instrument(), null))
                                        .toList(),
                                Change.of(t.change())))
                        .toList(),
                found.safetyOpen().stream().map(Response::id).toList());
    }

    @Operation(summary = "A supervisor acknowledges a safety response")
    @PostMapping("/api/v1/participants/{id}/responses/{responseId}/safety-seen")
    ResponseEntity<Void> safetySeen(StaffMember user, @PathVariable UUID id, @PathVariable UUID responseId) {
        measures.acknowledgeSafety(user, id, responseId);
        return ResponseEntity.noContent().build();
    }

    private static InstrumentSummary summary(Instrument i) {
        return new InstrumentSummary(
                i.id(),
                i.version(),
                i.title().in(LocaleContextHolder.getLocale()),
                i.items().size(),
                i.lowestTotal(),
                i.highestTotal(),
                i.lowerIsBetter(),
                i.reliableChange() == null ? null : i.reliableChange().method(),
                i.loincPanel(),
                i.loincTotal(),
                i.licence(),
                i.citation());
    }

    private static Scored scored(Response r, Instrument instrument, ReliableChange change) {
        return new Scored(
                r.id(),
                r.instrumentId(),
                r.instrumentVersion(),
                r.completedOn(),
                r.total(),
                r.total() == null ? null : instrument.band(r.total()).label().in(LocaleContextHolder.getLocale()),
                r.missing(),
                r.prorated(),
                r.safety(),
                instrument.loincPanel(),
                instrument.loincTotal(),
                Change.of(change));
    }
}

package org.alongside.supervision.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.supervision.CompetencyAssessments;
import org.alongside.supervision.SupervisionSessions;
import org.alongside.supervision.WellbeingCheckIns;
import org.alongside.supervision.domain.Competency;
import org.alongside.supervision.domain.PeerValue;
import org.alongside.supervision.domain.Session;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision sessions over the API, confidential as on the pages: what was said comes back only
 * to the people in the session ({@code content} false and those fields left out for anyone else
 * who may know the session happened); everyone else gets 404.
 */
@RestController
@Tag(name = "Supervision")
class SupervisionApi {

    private final SupervisionSessions sessions;
    private final CompetencyAssessments assessments;
    private final WellbeingCheckIns wellbeing;

    SupervisionApi(SupervisionSessions sessions, CompetencyAssessments assessments, WellbeingCheckIns wellbeing) {
        this.sessions = sessions;
        this.assessments = assessments;
        this.wellbeing = wellbeing;
    }

    record AgreedActionRequest(
            @Schema(requiredMode = REQUIRED, example = "Practise naming a boundary kindly")
            String what,

            @Schema(requiredMode = REQUIRED, description = "the supervisor or a supervisee in the session")
            UUID ownerId,

            @Schema(example = "2027-01-15") LocalDate dueOn) {}

    record SupervisionSessionRequest(
            @Schema(
                    requiredMode = REQUIRED,
                    description = "current supervisees of the caller; more than one is a group session")
            List<UUID> supervisees,

            @Schema(requiredMode = REQUIRED, example = "2026-11-20")
            LocalDate heldOn,

            @Schema(requiredMode = REQUIRED, description = "5 to 480", example = "60")
            Integer minutes,

            @Schema(requiredMode = REQUIRED, example = "IN_PERSON")
            Session.Format format,

            @Schema(example = "[\"HOPEFUL\", \"EQUALLY_SHARED_POWER\"]")
            List<PeerValue> values,

            @Schema(example = "[\"SHARES_LIVED_EXPERIENCE\"]")
            List<Competency> competencies,

            @Schema(example = "Shared their story at the right moment and kept it short")
            String strengths,

            @Schema(example = "Saying no to driving people to appointments")
            String growthAreas,

            List<AgreedActionRequest> actions,

            @Schema(description = "open actions from earlier sessions done by now", example = "[]")
            List<UUID> doneActionIds) {}

    /** A session as the caller may read it; what was said is null unless {@code content}. */
    record SupervisionSessionResponse(
            UUID id,
            Session.Kind kind,
            LocalDate heldOn,
            int minutes,
            Session.Format format,
            List<UUID> supervisors,
            List<UUID> supervisees,
            List<PeerValue> values,
            List<Competency> competencies,
            boolean content,
            String strengths,
            String growthAreas,
            List<Session.AgreedAction> agreed,
            List<Session.AgreedAction> carried,
            List<Session.Reflection> reflections) {

        static SupervisionSessionResponse of(SupervisionSessions.SessionView v) {
            Session s = v.session();
            return new SupervisionSessionResponse(
                    s.id(),
                    s.kind(),
                    s.heldOn(),
                    s.minutes(),
                    s.format(),
                    s.supervisors(),
                    s.supervisees(),
                    s.values(),
                    s.competencies(),
                    v.content(),
                    v.content() ? s.strengths() : null,
                    v.content() ? s.growthAreas() : null,
                    v.agreed(),
                    v.carried(),
                    v.reflections());
        }
    }

    @Operation(summary = "Record a supervision session with your current supervisees")
    @PostMapping("/api/v1/supervision-sessions")
    ResponseEntity<SupervisionSessionResponse> record(StaffMember user, @RequestBody SupervisionSessionRequest body) {
        SupervisionSessions.SessionView saved = sessions.record(
                user,
                new SupervisionSessions.NewSession(
                        body.supervisees(),
                        body.heldOn(),
                        body.minutes(),
                        body.format(),
                        body.values(),
                        body.competencies(),
                        body.strengths(),
                        body.growthAreas(),
                        body.actions() == null
                                ? List.of()
                                : body.actions().stream()
                                        .map(a -> a == null
                                                ? null
                                                : new SupervisionSessions.NewAction(a.what(), a.ownerId(), a.dueOn()))
                                        .toList(),
                        body.doneActionIds()));
        return ResponseEntity.created(URI.create(
                        "/api/v1/supervision-sessions/" + saved.session().id()))
                .body(SupervisionSessionResponse.of(saved));
    }

    @Operation(summary = "A supervision session, as the caller may read it")
    @GetMapping("/api/v1/supervision-sessions/{supervisionSessionId}")
    SupervisionSessionResponse read(StaffMember user, @PathVariable UUID supervisionSessionId) {
        return SupervisionSessionResponse.of(sessions.read(user, supervisionSessionId));
    }

    record ReflectionRequest(
            @Schema(requiredMode = REQUIRED, example = "It helped to say out loud what I will not do.")
            String words) {}

    @Operation(summary = "Add your own reflection to a session you were supervised in")
    @PostMapping("/api/v1/supervision-sessions/{supervisionSessionId}/reflections")
    ResponseEntity<SupervisionSessionResponse> reflect(
            StaffMember user, @PathVariable UUID supervisionSessionId, @RequestBody ReflectionRequest body) {
        return ResponseEntity.created(URI.create("/api/v1/supervision-sessions/" + supervisionSessionId))
                .body(SupervisionSessionResponse.of(sessions.reflect(user, supervisionSessionId, body.words())));
    }

    @Operation(summary = "The sessions a staff member was supervised in, newest first")
    @GetMapping("/api/v1/staff/{id}/supervision-sessions")
    List<SupervisionSessionResponse> of(StaffMember user, @PathVariable UUID id) {
        return sessions.of(user, id).stream()
                .map(SupervisionSessionResponse::of)
                .toList();
    }

    record AssessmentRequest(
            @Schema(requiredMode = REQUIRED, example = "2026-11-20")
            LocalDate assessedOn,

            @Schema(
                    requiredMode = REQUIRED,
                    description = "1 to 4 for each competency assessed",
                    example = "{\"PROVIDES_SUPPORT\": 3, \"SHARES_LIVED_EXPERIENCE\": 2}")
            Map<Competency, Integer> scores,

            @Schema(example = "Growing in sharing their story with purpose")
            String notes) {}

    @Operation(summary = "Assess a worker's competencies: yourself, or a current supervisee")
    @PostMapping("/api/v1/staff/{id}/competency-assessments")
    ResponseEntity<CompetencyAssessments.Assessment> assess(
            StaffMember user, @PathVariable UUID id, @RequestBody AssessmentRequest body) {
        CompetencyAssessments.Assessment saved =
                assessments.assess(user, id, body.assessedOn(), body.scores(), body.notes());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/competency-assessments/" + saved.id()))
                .body(saved);
    }

    @Operation(summary = "A worker's competency assessments, oldest first")
    @GetMapping("/api/v1/staff/{id}/competency-assessments")
    List<CompetencyAssessments.Assessment> assessments(StaffMember user, @PathVariable UUID id) {
        return assessments.of(user, id);
    }

    record WellbeingCheckInRequest(
            @Schema(requiredMode = REQUIRED, description = "1 (struggling) to 5 (thriving)", example = "3")
            Integer doing,

            @Schema(requiredMode = REQUIRED, example = "HEAVY")
            WellbeingCheckIns.Workload workload,

            @Schema(description = "private: no one else reads it", example = "A hard week; two people in crisis.")
            String words,

            @Schema(description = "shows your supervisor only that you would like to talk", example = "true")
            Boolean wantsToTalk) {}

    @Operation(summary = "Check in on your own wellbeing (private to you)")
    @PostMapping("/api/v1/wellbeing-check-ins")
    ResponseEntity<WellbeingCheckIns.CheckIn> checkIn(StaffMember user, @RequestBody WellbeingCheckInRequest body) {
        WellbeingCheckIns.CheckIn saved = wellbeing.checkIn(
                user, body.doing(), body.workload(), body.words(), Boolean.TRUE.equals(body.wantsToTalk()));
        return ResponseEntity.created(URI.create("/api/v1/wellbeing-check-ins/" + saved.id()))
                .body(saved);
    }

    @Operation(summary = "Your own wellbeing check-ins, newest first")
    @GetMapping("/api/v1/wellbeing-check-ins")
    List<WellbeingCheckIns.CheckIn> checkIns(StaffMember user) {
        return wellbeing.mine(user);
    }

    @Operation(summary = "One of your own wellbeing check-ins")
    @GetMapping("/api/v1/wellbeing-check-ins/{checkInId}")
    WellbeingCheckIns.CheckIn checkInOf(StaffMember user, @PathVariable UUID checkInId) {
        return wellbeing.read(user, checkInId);
    }
}

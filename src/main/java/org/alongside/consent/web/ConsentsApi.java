package org.alongside.consent.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.consent.ConsentTemplates;
import org.alongside.consent.Consents;
import org.alongside.consent.domain.Consent;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's consents over the API: given with every element of 42 CFR §2.31, changed as a new
 * version, revoked, and read with their history; and the templates that fill a consent in.
 */
@RestController
@Tag(name = "Consents")
class ConsentsApi {

    private final Consents consents;
    private final ConsentTemplates templates;

    ConsentsApi(Consents consents, ConsentTemplates templates) {
        this.consents = consents;
        this.templates = templates;
    }

    record RecipientBody(
            @Schema(requiredMode = REQUIRED, example = "ORGANISATION")
            Consent.Recipient.Kind kind,

            @Schema(requiredMode = REQUIRED, example = "Harbor Housing Services")
            String name,

            @Schema(description = "for an intermediary: its participants who may receive it")
            String members) {}

    record SignatureBody(
            @Schema(
                    requiredMode = REQUIRED,
                    description = "the person's name as they typed it (their signature), or printed beside a drawn one",
                    example = "Rosa Díaz")
            String name,

            @Schema(
                    description = "a signature drawn on the screen, as a PNG data URL",
                    example =
                            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
            String drawing) {

        Consent.Signature signature() {
            return new Consent.Signature(
                    drawing == null ? Consent.Signature.Kind.TYPED : Consent.Signature.Kind.DRAWN, name, drawing);
        }
    }

    @Schema(
            description = "a consent as the person gave it; it ends on a day (expiresOn), at an event (expiryEvent), or"
                    + " whichever comes first, and covers the information listed or everything")
    record ConsentRequest(
            @Schema(description = "the template it was filled from", example = "named-service")
            String templateId,

            @Schema(requiredMode = REQUIRED, example = "Rosa Díaz")
            String personName,

            @Schema(requiredMode = REQUIRED, example = "This peer recovery program, and its staff")
            String discloser,

            @Schema(
                    description = "the parts of the record covered (or everything)",
                    example = "[\"PROFILE\", \"REFERRALS\"]")
            Set<Consent.Item> information,

            @Schema(description = "covers every part of the record except counseling notes", example = "false")
            Boolean everything,

            @Schema(description = "the information in the person's own words")
            String informationWords,

            @Schema(requiredMode = REQUIRED) List<RecipientBody> recipients,

            @Schema(requiredMode = REQUIRED, example = "To connect me with this service")
            String purpose,

            @Schema(
                    requiredMode = REQUIRED,
                    example = "I may revoke this consent at any time by telling my peer worker")
            String revocation,

            @Schema(description = "the day it ends (or an expiry event)", example = "2027-03-01")
            LocalDate expiresOn,

            @Schema(description = "the event on which it ends (or an expiry day)", example = "When I leave the program")
            String expiryEvent,

            @Schema(requiredMode = REQUIRED) SignatureBody signature,

            @Schema(requiredMode = REQUIRED, example = "2026-12-01")
            LocalDate signedOn) {

        Consent.Terms terms() {
            return new Consent.Terms(
                    templateId,
                    personName,
                    discloser,
                    information,
                    Boolean.TRUE.equals(everything),
                    informationWords,
                    recipients == null
                            ? null
                            : recipients.stream()
                                    .map(r -> r == null ? null : new Consent.Recipient(r.kind(), r.name(), r.members()))
                                    .toList(),
                    purpose,
                    revocation,
                    expiresOn,
                    expiryEvent,
                    signature == null ? null : signature.signature(),
                    signedOn);
        }
    }

    record RevocationRequest(
            @Schema(requiredMode = REQUIRED, example = "Told me in person on the phone")
            String how) {}

    /** A version as the API shows it (a drawn signature is said to be drawn; the drawing stays on the record). */
    record VersionView(
            UUID versionId,
            int version,
            String templateId,
            String personName,
            String discloser,
            Set<Consent.Item> information,
            boolean everything,
            String informationWords,
            List<Consent.Recipient> recipients,
            String purpose,
            String revocation,
            LocalDate expiresOn,
            String expiryEvent,
            Consent.Signature.Kind signatureKind,
            String signatureTypedName,
            LocalDate signedOn,
            UUID recordedBy,
            Instant recordedAt,
            Instant supersededAt) {

        static VersionView of(Consent c) {
            Consent.Terms t = c.terms();
            return new VersionView(
                    c.id(),
                    c.version(),
                    t.templateId(),
                    t.personName(),
                    t.discloser(),
                    t.information(),
                    t.everything(),
                    t.informationWords(),
                    t.recipients(),
                    t.purpose(),
                    t.revocation(),
                    t.expiresOn(),
                    t.expiryEvent(),
                    t.signature().kind(),
                    t.signature().typedName(),
                    t.signedOn(),
                    c.recordedBy(),
                    c.recordedAt(),
                    c.supersededAt());
        }
    }

    /** A consent: its id, where it stands, its current version, when and how it was revoked, and its earlier versions. */
    record ConsentView(
            UUID id,
            Consents.Standing standing,
            VersionView current,
            Instant revokedAt,
            UUID revokedBy,
            String revokedHow,
            List<VersionView> earlier) {

        static ConsentView of(Consents.History h) {
            Consent c = h.current();
            return new ConsentView(
                    c.seriesId(),
                    h.standing(),
                    VersionView.of(c),
                    c.revokedAt(),
                    c.revokedBy(),
                    c.revokedHow(),
                    h.earlier().stream().map(VersionView::of).toList());
        }
    }

    @Operation(summary = "Record a consent the person gave, with every element 42 CFR §2.31 asks for")
    @PostMapping("/api/v1/participants/{id}/consents")
    ResponseEntity<ConsentView> give(StaffMember user, @PathVariable UUID id, @RequestBody ConsentRequest body) {
        ConsentView given = ConsentView.of(consents.give(user, id, body.terms()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/consents/" + given.id()))
                .body(given);
    }

    @Operation(summary = "A person's consents, newest first, each with where it stands and its earlier versions")
    @GetMapping("/api/v1/participants/{id}/consents")
    List<ConsentView> list(StaffMember user, @PathVariable UUID id) {
        return consents.of(user, id).stream().map(ConsentView::of).toList();
    }

    @Operation(summary = "One consent with its versions")
    @GetMapping("/api/v1/participants/{id}/consents/{consentId}")
    ConsentView one(StaffMember user, @PathVariable UUID id, @PathVariable UUID consentId) {
        return ConsentView.of(consents.one(user, id, consentId));
    }

    @Operation(summary = "Change a consent: a new version, the one before kept")
    @PutMapping("/api/v1/participants/{id}/consents/{consentId}")
    ConsentView revise(
            StaffMember user, @PathVariable UUID id, @PathVariable UUID consentId, @RequestBody ConsentRequest body) {
        return ConsentView.of(consents.revise(user, id, consentId, body.terms()));
    }

    @Operation(summary = "Revoke a consent: from now on it covers no disclosure")
    @PostMapping("/api/v1/participants/{id}/consents/{consentId}/revocation")
    ConsentView revoke(
            StaffMember user,
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @RequestBody RevocationRequest body) {
        return ConsentView.of(consents.revoke(user, id, consentId, body.how()));
    }

    @Operation(summary = "The consent templates, in the reader's language")
    @GetMapping("/api/v1/consent-templates")
    List<ConsentTemplates.Choice> templates() {
        return templates.choices(LocaleContextHolder.getLocale());
    }
}

package org.alongside.participant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alongside.participant.ContactKind;
import org.alongside.participant.EnrolmentStatus;
import org.alongside.participant.ParticipantDetails;
import org.alongside.participant.ParticipantView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person as every page about them shows them (the header and the record), read in one statement
 * with their ways of contact, supporters, enrolments and caseload history as JSON arrays, in the
 * order they were added. Loading the aggregate took seven statements, with Spring Data JDBC
 * rendering each one's SQL again, on every page about a person.
 */
@Component
public class ParticipantViews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ParticipantViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ParticipantView> of(UUID participantId) {
        return jdbc.sql("""
                select p.id, p.preferred_name, p.legal_name, p.pronouns, p.date_of_birth, p.preferred_language, p.address,
                       p.primary_worker_id, w.display_name as worker_name, p.active, p.deactivated_reason, p.version,
                       (select coalesce(json_agg(json_build_array(c.kind, c.value, c.preferred, c.safe_to_leave_message)
                                                 order by c.participant_key), '[]')
                        from contact_method c where c.participant = p.id) as contacts,
                       (select coalesce(json_agg(json_build_array(s.name, s.relationship, s.phone) order by s.participant_key), '[]')
                        from support_contact s where s.participant = p.id) as supporters,
                       (select coalesce(json_agg(json_build_array(e.program_id, pr.name, e.referral_source, e.start_date,
                                                                  e.status, e.discharge_reason, e.ended_on)
                                                 order by e.participant_key), '[]')
                        from enrolment e left join program pr on pr.id = e.program_id where e.participant = p.id) as enrolments,
                       (select coalesce(json_agg(json_build_array(a.worker_id, sw.display_name, a.assigned_at, a.ended_at, a.reason)
                                                 order by a.participant_key), '[]')
                        from caseload_assignment a left join staff_member sw on sw.id = a.worker_id
                        where a.participant = p.id) as assignments
                from participant p left join staff_member w on w.id = p.primary_worker_id
                where p.id = :id
                """)
                .param("id", participantId)
                .query((rs, n) -> {
                    List<ParticipantDetails.ContactMethod> contacts = new ArrayList<>();
                    for (JsonNode c : json.readTree(rs.getString("contacts"))) {
                        contacts.add(new ParticipantDetails.ContactMethod(
                                ContactKind.valueOf(c.get(0).asString()),
                                c.get(1).asString(),
                                c.get(2).asBoolean(),
                                c.get(3).asBoolean()));
                    }
                    List<ParticipantDetails.SupportContact> supporters = new ArrayList<>();
                    for (JsonNode s : json.readTree(rs.getString("supporters"))) {
                        supporters.add(
                                new ParticipantDetails.SupportContact(text(s.get(0)), text(s.get(1)), text(s.get(2))));
                    }
                    List<ParticipantView.EnrolmentView> enrolments = new ArrayList<>();
                    for (JsonNode e : json.readTree(rs.getString("enrolments"))) {
                        enrolments.add(new ParticipantView.EnrolmentView(
                                UUID.fromString(e.get(0).asString()),
                                text(e.get(1)),
                                text(e.get(2)),
                                LocalDate.parse(e.get(3).asString()),
                                EnrolmentStatus.valueOf(e.get(4).asString()),
                                text(e.get(5)),
                                e.get(6).isNull()
                                        ? null
                                        : LocalDate.parse(e.get(6).asString())));
                    }
                    List<ParticipantView.AssignmentView> assignments = new ArrayList<>();
                    for (JsonNode a : json.readTree(rs.getString("assignments"))) {
                        assignments.add(new ParticipantView.AssignmentView(
                                UUID.fromString(a.get(0).asString()),
                                text(a.get(1)),
                                instant(a.get(2)),
                                instant(a.get(3)),
                                text(a.get(4))));
                    }
                    return new ParticipantView(
                            rs.getObject("id", UUID.class),
                            new ParticipantDetails(
                                    rs.getString("preferred_name"),
                                    rs.getString("legal_name"),
                                    rs.getString("pronouns"),
                                    rs.getObject("date_of_birth", LocalDate.class),
                                    rs.getString("preferred_language"),
                                    rs.getString("address"),
                                    contacts,
                                    supporters),
                            rs.getObject("primary_worker_id", UUID.class),
                            rs.getString("worker_name"),
                            List.copyOf(enrolments),
                            List.copyOf(assignments),
                            rs.getBoolean("active"),
                            rs.getString("deactivated_reason"),
                            rs.getLong("version"));
                })
                .optional();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** A timestamp as PostgreSQL writes it in JSON ("2026-12-07T19:41:23.554+00:00"). */
    private static Instant instant(JsonNode node) {
        return node == null || node.isNull()
                ? null
                : OffsetDateTime.parse(node.asString()).toInstant();
    }
}

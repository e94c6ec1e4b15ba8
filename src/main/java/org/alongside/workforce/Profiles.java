package org.alongside.workforce;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.alongside.staff.StaffRelations.Relation;
import org.alongside.workforce.domain.LivedExperience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A staff member's workforce profile: title (from the titles kept as data), paid or volunteer,
 * languages, hours a week, whether a supervisor has done peer work, and the lived experience the
 * person chooses to record, which only they may set and only they, their supervisors and their
 * administrators read. Versioned: a stale change is refused, nothing is overwritten.
 */
@Service
public class Profiles {

    public enum Employment {
        PAID,
        VOLUNTEER
    }

    /** A title as data, named in both languages. */
    public record Title(String code, String nameEn, String nameEs) {
        public String name(Locale locale) {
            return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
        }
    }

    public record Profile(
            UUID staffId,
            String displayName,
            boolean supervisor,
            boolean peerExperience,
            String titleCode,
            Employment employment,
            List<String> languages,
            BigDecimal hoursPerWeek,
            List<LivedExperience> livedExperience,
            long version,
            Relation relation) {}

    public record ProfileChange(
            String titleCode,
            Employment employment,
            List<String> languages,
            BigDecimal hoursPerWeek,
            List<LivedExperience> livedExperience,
            long version) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final WorkforceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Profiles(JdbcClient jdbc, WorkforceAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Title> titles() {
        return jdbc.sql("select code, name_en, name_es from staff_title where active order by position, code")
                .query((rs, n) -> new Title(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional(readOnly = true)
    public Profile get(Viewer.StaffMember viewer, UUID staffId) {
        return load(staffId, access.reading(viewer, staffId, WorkforceActions.PROFILE_READ));
    }

    /** The profile as it is now, for a viewer whose relation to the staff member is already known. */
    private Profile load(UUID staffId, Relation relation) {
        return jdbc.sql("""
                select m.id, m.display_name, m.peer_experience,
                       exists (select 1 from staff_role r where r.staff_member = m.id and r.role = 'SUPERVISOR') as supervisor,
                       p.title_code, coalesce(p.employment, 'PAID') as employment, coalesce(p.languages, '[]') as languages,
                       p.hours_per_week, coalesce(p.lived_experience, '[]') as lived, coalesce(p.version, 0) as version
                from staff_member m left join staff_profile p on p.staff_id = m.id
                where m.id = :id
                """)
                .param("id", staffId)
                .query((rs, n) -> new Profile(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getBoolean("supervisor"),
                        rs.getBoolean("peer_experience"),
                        rs.getString("title_code"),
                        Employment.valueOf(rs.getString("employment")),
                        strings(rs.getString("languages")),
                        rs.getBigDecimal("hours_per_week"),
                        strings(rs.getString("lived")).stream()
                                .map(LivedExperience::valueOf)
                                .toList(),
                        rs.getLong("version"),
                        relation))
                .optional()
                .orElseThrow(() -> new NotFoundException("This staff member"));
    }

    @Transactional
    public Profile change(Viewer.StaffMember viewer, UUID staffId, ProfileChange change) {
        Relation relation = access.changing(viewer, staffId, WorkforceActions.PROFILE_UPDATE);
        Profile now = load(staffId, relation);
        List<String> languages = checked(change, relation, now);
        int changed = jdbc.sql("""
                insert into staff_profile (staff_id, title_code, employment, languages, hours_per_week, lived_experience,
                                           updated_at, version)
                values (:id, :title, :employment, cast(:languages as jsonb), :hours, cast(:lived as jsonb), :at, 1)
                on conflict (staff_id) do update set title_code = excluded.title_code, employment = excluded.employment,
                    languages = excluded.languages, hours_per_week = excluded.hours_per_week,
                    lived_experience = excluded.lived_experience, updated_at = excluded.updated_at,
                    version = staff_profile.version + 1
                where staff_profile.version = :version
                """)
                .param("id", staffId)
                .param("title", blank(change.titleCode()) ? null : change.titleCode())
                .param("employment", (change.employment() == null ? Employment.PAID : change.employment()).name())
                .param("languages", JSON.writeValueAsString(languages))
                .param("hours", change.hoursPerWeek())
                .param("lived", JSON.writeValueAsString(lived(change, relation, now)))
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("version", change.version())
                .update();
        if (changed == 0 || (now.version() == 0 && change.version() != 0)) {
            throw new ConflictException(
                    "Someone else changed this profile since you opened it: reload it to see their change");
        }
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.PROFILE_UPDATE, "staff", staffId));
        return load(staffId, relation);
    }

    private List<String> checked(ProfileChange change, Relation relation, Profile now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!blank(change.titleCode())
                && titles().stream().noneMatch(t -> t.code().equals(change.titleCode()))) {
            errors.put("titleCode", "Choose a title from the list");
        }
        BigDecimal hours = change.hoursPerWeek();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(80)) > 0)) {
            errors.put("hoursPerWeek", "Hours a week are between 0 and 80");
        }
        List<String> languages = new ArrayList<>();
        for (String language : change.languages() == null ? List.<String>of() : change.languages()) {
            if (language != null && !language.isBlank() && !languages.contains(language.strip())) {
                languages.add(language.strip());
            }
        }
        if (languages.size() > 10 || languages.stream().anyMatch(l -> l.length() > 40)) {
            errors.put("languages", "List up to 10 languages of up to 40 characters each");
        }
        if (relation != Relation.SELF
                && change.livedExperience() != null
                && !List.copyOf(new java.util.TreeSet<>(change.livedExperience()))
                        .equals(List.copyOf(new java.util.TreeSet<>(now.livedExperience())))) {
            errors.put("livedExperience", "Only the person themselves records their lived experience");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return languages;
    }

    /** The person's own choice; anyone else's change leaves what the person recorded. */
    private static List<String> lived(ProfileChange change, Relation relation, Profile now) {
        List<LivedExperience> kept = relation == Relation.SELF && change.livedExperience() != null
                ? change.livedExperience()
                : now.livedExperience();
        return new java.util.TreeSet<>(kept).stream().map(Enum::name).toList();
    }

    private static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        JSON.readTree(json).forEach(node -> values.add(node.asString()));
        return values;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.alongside.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.outcomes.domain.Instrument;
import org.alongside.outcomes.domain.InstrumentPacks;
import org.alongside.outcomes.domain.InvalidPackException;
import org.alongside.outcomes.domain.PackProblem;
import org.alongside.shared.Viewer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every instrument Alongside can ask: the packs shipped in {@code instruments/} and those an
 * administrator added, each version kept (a response is always scored by the version it was given
 * with). The newest version of each is the one new responses use.
 */
@Service
public class InstrumentCatalog {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instrument> shipped;
    /** Added packs parsed so far, by id and version (a pack version never changes once added). */
    private final Map<String, Instrument> added = new ConcurrentHashMap<>();

    InstrumentCatalog(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.shipped = shipped();
    }

    private static Map<String, Instrument> shipped() {
        Map<String, Instrument> packs = new LinkedHashMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:/instruments/*.json")) {
                if (!"pack.schema.json".equals(resource.getFilename())) {
                    Instrument instrument = InstrumentPacks.read(resource.getContentAsString(StandardCharsets.UTF_8));
                    packs.put(key(instrument.id(), instrument.version()), instrument);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(packs);
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    /** The newest version of each instrument, by title. */
    public List<Instrument> current() {
        Map<String, Instrument> newest = new LinkedHashMap<>();
        for (Instrument instrument : all()) {
            newest.merge(instrument.id(), instrument, (a, b) -> newer(b, a) ? b : a);
        }
        List<Instrument> list = new ArrayList<>(newest.values());
        list.sort(Comparator.comparing(i -> i.title().byLanguage().get("en")));
        return list;
    }

    /** How each current instrument's change is judged, for reports outside this module. */
    public List<ChangeRule> changeRules() {
        return current().stream().map(ChangeRule::of).toList();
    }

    public Optional<Instrument> current(String id) {
        return current().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The exact version a response was given with. */
    public Optional<Instrument> version(String id, String version) {
        String key = key(id, version);
        return Optional.ofNullable(shipped.containsKey(key) ? shipped.get(key) : loaded().get(key));
    }

    private List<Instrument> all() {
        List<Instrument> all = new ArrayList<>(shipped.values());
        all.addAll(loaded().values());
        return all;
    }

    private static boolean newer(Instrument a, Instrument b) {
        return compareVersions(a.version(), b.version()) > 0;
    }

    /** Versions compared number by number ("1.10" is newer than "1.9"), then as text. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The packs administrators added, read again from the database each time (another node may have added one), parsed once each. */
    private Map<String, Instrument> loaded() {
        Map<String, Instrument> packs = new LinkedHashMap<>();
        jdbc.sql("select id, version from instrument_pack")
                .query((rs, n) -> key(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(key -> packs.put(key, added.computeIfAbsent(key, this::parse)));
        return packs;
    }

    private Instrument parse(String key) {
        int at = key.lastIndexOf('@');
        return InstrumentPacks.read(
                jdbc.sql("select document from instrument_pack where id = :id and version = :version")
                        .param("id", key.substring(0, at))
                        .param("version", key.substring(at + 1))
                        .query(String.class)
                        .single());
    }

    /**
     * An administrator adds a pack (a new instrument, or a new version of one): refused with every
     * problem found when it is not a valid pack, or when that version is already there.
     */
    @Transactional
    public Instrument add(Viewer.StaffMember admin, String document) {
        Instrument instrument = InstrumentPacks.read(document);
        if (version(instrument.id(), instrument.version()).isPresent()) {
            throw new InvalidPackException(List.of(new PackProblem(
                    "version", "instrument.problem.versionTaken", List.of(instrument.id(), instrument.version()))));
        }
        jdbc.sql(
                        "insert into instrument_pack (id, version, document, added_by, added_at) values (:id, :version, :document, :by, :at)")
                .param("id", instrument.id())
                .param("version", instrument.version())
                .param("document", document)
                .param("by", admin.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditEvent.of(admin.id(), OutcomeActions.PACK_ADD, "instrument", null)
                .withDetail(instrument.id() + " " + instrument.version()));
        added.put(key(instrument.id(), instrument.version()), instrument);
        return instrument;
    }
}

package org.alongside.audit.domain;

import java.security.MessageDigest;
import java.util.Optional;
import org.alongside.audit.domain.AuditCheckpoints.Reading;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a node's audit key is the one the trail was sealed with, checked before the node writes
 * anything: the newest keyed seal must be reproduced by it, and the checkpoint file, if it holds
 * any line, must have lines signed by it. A node given another key would otherwise start, write
 * records no other node can prove, and seal the chain with a MAC every other node reads as broken.
 */
public final class AuditKeyCheck {

    private AuditKeyCheck() {}

    /** Why this key cannot be the trail's, or empty when it is (or nothing was sealed with a key yet). */
    public static Optional<String> problem(AuditKey key, JdbcClient jdbc, AuditCheckpoints checkpoints) {
        Optional<Newest> newest = jdbc.sql("""
                select s.seq, s.hash as seal, p.hash as previous, %s
                from audit_seal s
                join audit_event e on e.id = s.event_id
                left join audit_seal p on p.seq = s.seq - 1
                where s.keyed
                order by s.seq desc limit 1
                """.formatted(AuditEvents.COLUMNS))
                .query((rs, n) -> new Newest(
                        rs.getLong("seq"),
                        rs.getBytes("seal"),
                        rs.getLong("seq") == 1 ? ChainHash.GENESIS : rs.getBytes("previous"),
                        AuditEvents.map(rs)))
                .optional();
        if (newest.isPresent() && newest.get().previous() != null) {
            Newest seal = newest.get();
            byte[] expected = ChainHash.keyed(key, seal.previous(), seal.event());
            if (!MessageDigest.isEqual(expected, seal.seal())) {
                return Optional.of("this node's audit key (fingerprint " + key.fingerprint()
                        + ") does not reproduce the newest sealed audit record (seal " + seal.seq()
                        + "): the trail was sealed with another key");
            }
        }
        Reading reading = checkpoints.read();
        if (reading.exists() && reading.checkpoints().isEmpty() && reading.alteredLine() != null) {
            return Optional.of("this node's audit key (fingerprint " + key.fingerprint()
                    + ") does not verify the signed checkpoints in " + checkpoints.file()
                    + ": they were signed with another key");
        }
        return Optional.empty();
    }

    private record Newest(long seq, byte[] seal, byte[] previous, ChainHash.SealableEvent event) {}
}

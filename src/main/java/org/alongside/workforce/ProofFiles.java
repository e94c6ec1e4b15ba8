package org.alongside.workforce;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof of a credential or a training (a certificate as a PDF, PNG or JPEG, known by its first
 * bytes, not by its name), up to a configured size, kept in the database or, where configured, in
 * a {@link ProofDirectory} with its SHA-256 in the database, and served only to those who may read
 * the staff member's record, each download audited.
 */
@Service
public class ProofFiles {

    /** A file as uploaded with a form or a request: its name as the sender gave it and its bytes. */
    public record Upload(String fileName, byte[] content) {
        /** Null for no file (an empty file input). */
        public static Upload of(String fileName, byte[] content) {
            return content == null || content.length == 0 ? null : new Upload(fileName, content);
        }
    }

    /** A stored proof, as served. */
    public record Proof(UUID id, String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final ProofDirectory directory;
    private final WorkforceAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxBytes;

    ProofFiles(
            JdbcClient jdbc,
            ProofDirectory directory,
            WorkforceAccess access,
            AuditLog audit,
            Clock clock,
            @Value("${alongside.workforce.proof-max-bytes:5242880}") int maxBytes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Keeps a proof for the staff member's record; refuses a file that is empty, too large, or not a PDF or image. */
    @Transactional
    public UUID store(Viewer.StaffMember viewer, UUID staffId, Upload upload) {
        access.changing(viewer, staffId, WorkforceActions.PROOF_UPLOAD);
        byte[] content = upload == null ? null : upload.content();
        String fileName = upload == null ? null : upload.fileName();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("proof", "Choose a file to upload");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("proof", "The file is larger than the upload limit");
        }
        String type = typeOf(content);
        if (type == null) {
            throw new InvalidInputException("proof", "Upload a PDF, PNG or JPEG file");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_file (id, staff_id, file_name, content_type, size_bytes, content, sha256,
                                            uploaded_by, uploaded_at)
                values (:id, :staff, :name, :type, :size, :content, :sha256, :by, :at)
                """)
                .param("id", id)
                .param("staff", staffId)
                .param("name", cleanName(fileName, type))
                .param("type", type)
                .param("size", content.length)
                .param("content", directory.configured() ? null : content)
                .param("sha256", sha256(content))
                .param("by", viewer.id())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        if (directory.configured()) {
            directory.write(staffId, id, content);
        }
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.PROOF_UPLOAD, "staff", staffId)
                .withDetail("file=" + id + " bytes=" + content.length));
        return id;
    }

    /** Whether the proof belongs to this staff member: a credential or training may only point at its own. */
    boolean belongsTo(UUID proofId, UUID staffId) {
        return proofId == null
                || jdbc.sql("select exists (select 1 from workforce_file where id = :id and staff_id = :staff)")
                        .param("id", proofId)
                        .param("staff", staffId)
                        .query(Boolean.class)
                        .single();
    }

    @Transactional
    public Proof read(Viewer.StaffMember viewer, UUID staffId, UUID proofId) {
        access.reading(viewer, staffId, WorkforceActions.PROOF_READ);
        Proof proof = jdbc.sql("""
                select id, file_name, content_type, content, sha256 from workforce_file
                where id = :id and staff_id = :staff
                """)
                .param("id", proofId)
                .param("staff", staffId)
                .query((rs, n) -> {
                    byte[] kept = rs.getBytes("content");
                    return new Proof(
                            rs.getObject("id", UUID.class),
                            rs.getString("file_name"),
                            rs.getString("content_type"),
                            kept != null
                                    ? kept
                                    : directory
                                            .read(staffId, proofId, rs.getBytes("sha256"))
                                            .orElse(null));
                })
                .optional()
                .filter(p -> p.content() != null)
                .orElseThrow(() -> new NotFoundException("This file"));
        audit.record(AuditEvent.of(viewer.id(), WorkforceActions.PROOF_READ, "staff", staffId)
                .withDetail("file=" + proofId));
        return proof;
    }

    /** The SHA-256 of a proof's bytes, kept to check a file in a proof directory when it is served. */
    static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The type its first bytes show: a PDF, a PNG or a JPEG; null for anything else. */
    static String typeOf(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(content, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A plain file name for the download: letters, digits, dots, hyphens and underscores, with the type's extension. */
    private static String cleanName(String fileName, String type) {
        String base =
                fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
        base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        if (base.isBlank()) {
            base = "proof";
        }
        base = base.length() > 100 ? base.substring(0, 100) : base;
        return base
                + switch (type) {
                    case "application/pdf" -> ".pdf";
                    case "image/png" -> ".png";
                    default -> ".jpg";
                };
    }
}

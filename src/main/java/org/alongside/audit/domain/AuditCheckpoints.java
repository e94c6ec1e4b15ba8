package org.alongside.audit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.alongside.audit.domain.AuditKey.Purpose;

/**
 * An append-only file outside the database that records, at intervals, the head of the sealed
 * chain (sequence number and hash), each line signed with the audit key. Truncating or renumbering
 * the chain, or recomputing it without the key, no longer matches the last checkpoint. The first
 * line also fixes from which sequence number every seal must be keyed.
 */
public final class AuditCheckpoints {

    private static final String VERSION = "v1";
    private static final HexFormat HEX = HexFormat.of();

    private final Path file;
    private final AuditKey key;

    public AuditCheckpoints(Path file, AuditKey key) {
        this.file = file.toAbsolutePath().normalize();
        this.key = key;
    }

    /** One signed line: the chain's head when it was written, and where keyed sealing began. */
    public record Checkpoint(int line, long seq, byte[] hash, long keyedFrom, Instant at) {}

    /** What reading the file found: its checkpoints, or the first line that is not what we signed. */
    public record Reading(boolean exists, List<Checkpoint> checkpoints, Integer alteredLine) {

        public Checkpoint latest() {
            return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        }
    }

    public Path file() {
        return file;
    }

    /** Appends a signed checkpoint and forces it to disk before returning. */
    public synchronized void append(long seq, byte[] hash, long keyedFrom, Instant at) {
        String body = String.join(
                " ", VERSION, Long.toString(seq), HEX.formatHex(hash), Long.toString(keyedFrom), at.toString());
        String line = body + " " + HEX.formatHex(sign(body)) + "\n";
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit checkpoint file " + file, e);
        }
    }

    /** Reads every line and checks its signature and that sequence numbers never go back. */
    public Reading read() {
        if (!Files.exists(file)) {
            return new Reading(false, List.of(), null);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoint file " + file, e);
        } catch (RuntimeException e) {
            return new Reading(true, List.of(), 1);
        }
        List<Checkpoint> checkpoints = new ArrayList<>(lines.size());
        long lastSeq = 0;
        for (int i = 0; i < lines.size(); i++) {
            Checkpoint checkpoint = parse(i + 1, lines.get(i));
            if (checkpoint == null || checkpoint.seq() < lastSeq) {
                return new Reading(true, checkpoints, i + 1);
            }
            lastSeq = checkpoint.seq();
            checkpoints.add(checkpoint);
        }
        return new Reading(true, checkpoints, null);
    }

    private Checkpoint parse(int number, String line) {
        int lastSpace = line.lastIndexOf(' ');
        if (lastSpace < 0) {
            return null;
        }
        String body = line.substring(0, lastSpace);
        String[] parts = body.split(" ");
        try {
            if (parts.length != 5
                    || !VERSION.equals(parts[0])
                    || !MessageDigest.isEqual(sign(body), HEX.parseHex(line.substring(lastSpace + 1)))) {
                return null;
            }
            return new Checkpoint(
                    number,
                    Long.parseLong(parts[1]),
                    HEX.parseHex(parts[2]),
                    Long.parseLong(parts[3]),
                    Instant.parse(parts[4]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] sign(String body) {
        return key.mac(Purpose.CHECKPOINT).text(body).finish();
    }
}

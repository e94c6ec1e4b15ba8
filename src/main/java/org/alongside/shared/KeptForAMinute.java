package org.alongside.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the database and kept for a minute, for what many pages show but seldom changes
 * (the directory's languages, Alongside's needs, a postcode's middle). At most {@code limit} keys
 * are kept; when full, all are forgotten and read again as asked.
 */
public final class KeptForAMinute<K, V> {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private record Kept<V>(V value, long readAt) {}

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final int limit;

    public KeptForAMinute(int limit) {
        this.limit = limit;
    }

    /** The value for {@code key}: the one kept if read within the minute, else {@code read}'s answer, then kept. */
    public V get(K key, Function<K, V> read) {
        Kept<V> known = kept.get(key);
        if (known == null || known.readAt() < System.nanoTime() - MINUTE_NANOS) {
            if (kept.size() >= limit) {
                kept.clear();
            }
            known = new Kept<>(read.apply(key), System.nanoTime());
            kept.put(key, known);
        }
        return known.value();
    }
}

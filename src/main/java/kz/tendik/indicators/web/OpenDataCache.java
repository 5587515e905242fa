package kz.tendik.indicators.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import kz.tendik.indicators.IndicatorValuesImported;
import kz.tendik.indicators.results.IndexResultsChanged;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open data API's answers, rendered once and kept in memory with their ETag until an import or a recomputation
 * commits. Bounded: when full it starts again empty (the answers are cheap to render; the cache only spares the
 * database the same queries from many readers).
 */
@Component
class OpenDataCache {

    static final int MAX_ENTRIES = 2_000;

    /** A rendered answer: its bytes, media type and strong ETag (quoted SHA-256 of the bytes, shortened). */
    record Entry(byte[] body, MediaType type, String etag) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Entry get(String key, MediaType type, Supplier<String> render) {
        Entry entry = entries.get(key);
        if (entry == null) {
            byte[] body = render.get().getBytes(StandardCharsets.UTF_8);
            entry = new Entry(body, type, '"' + sha256(body).substring(0, 32) + '"');
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, entry);
        }
        return entry;
    }

    int size() {
        return entries.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void valuesImported(IndicatorValuesImported imported) {
        if (imported.valuesAdded() > 0) {
            entries.clear();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void resultsChanged(IndexResultsChanged changed) {
        entries.clear();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.ttcs.learn.certification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Issued PDFs kept in memory by certificate id, bounded by their bytes ({@code TTCS_CERTIFICATE_PDF_CACHE}, 0 to keep
 * none; docs/deployment.md). A stored PDF never changes (not even on revocation, see {@link StoredPdf}), so an entry
 * is never out of date on any instance; the least useful ones are dropped when the bound is reached.
 */
@Singleton
class PdfCache {

    /** Roughly what an entry costs beside its bytes: the record, its strings, the cache's node. */
    private static final int ENTRY_OVERHEAD = 256;

    /** Empty when the bound is 0. */
    private final Optional<Cache<Long, StoredPdf>> byId;

    PdfCache(@ReadableBytes @Value("${ttcs.certificates.pdf-cache}") long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalStateException("TTCS_CERTIFICATE_PDF_CACHE must be a size such as 64MB or 0, not " + maxBytes);
        }
        this.byId = maxBytes == 0 ? Optional.empty() : Optional.of(Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Long id, StoredPdf stored) -> weight(stored)).build());
    }

    static int weight(StoredPdf stored) {
        return stored.pdf().length + ENTRY_OVERHEAD;
    }

    /** The cached copy, else the one {@code load} reads (kept for next time); empty when there is none. */
    Optional<StoredPdf> get(long id, LongFunction<Optional<StoredPdf>> load) {
        if (byId.isEmpty()) {
            return load.apply(id);
        }
        StoredPdf cached = byId.get().getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredPdf> loaded = load.apply(id);
        loaded.ifPresent(stored -> byId.get().put(id, stored));
        return loaded;
    }

    /** Bytes held now, entries' overhead included, after pending evictions. */
    long weight() {
        return byId.map(cache -> {
            cache.cleanUp();
            return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        }).orElse(0L);
    }
}

package vn.ttcs.learn.certification;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Downloaded PDFs are kept by certificate id, within a bound on their bytes. */
class PdfCacheTest {

    private static StoredPdf pdf(int bytes) {
        return new StoredPdf(1, "A", "TTCS-2026-000001", "sha", new byte[bytes]);
    }

    @Test
    void aPdfIsReadOnceThenServedFromMemory() {
        PdfCache cache = new PdfCache(1_000_000);
        AtomicInteger reads = new AtomicInteger();

        for (int i = 0; i < 3; i++) {
            assertThat(cache.get(7, id -> {
                reads.incrementAndGet();
                return Optional.of(pdf(50_000));
            })).isPresent();
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void anUnknownCertificateIsNotRemembered() {
        PdfCache cache = new PdfCache(1_000_000);
        AtomicInteger reads = new AtomicInteger();

        cache.get(8, id -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        cache.get(8, id -> {
            reads.incrementAndGet();
            return Optional.of(pdf(10));
        });

        assertThat(reads).hasValue(2);
    }

    @Test
    void theBytesHeldStayWithinTheBound() {
        PdfCache cache = new PdfCache(500_000);

        for (long id = 1; id <= 100; id++) {
            cache.get(id, any -> Optional.of(pdf(48_000)));
        }

        assertThat(cache.weight()).isPositive().isLessThanOrEqualTo(500_000);
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        PdfCache cache = new PdfCache(0);
        AtomicInteger reads = new AtomicInteger();

        cache.get(9, id -> Optional.of(pdf(reads.incrementAndGet())));
        cache.get(9, id -> Optional.of(pdf(reads.incrementAndGet())));

        assertThat(reads).hasValue(2);
        assertThat(cache.weight()).isZero();
    }
}

package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Supplier;

/**
 * How the report endpoints answer: the JSON, or its tables as a CSV or XLSX attachment named after the report and
 * today's date ("ty-le-chung-nhan-ca-nuoc-2026-12-02.csv": ASCII, so every browser keeps it as it is).
 */
@Singleton
class ReportDownloads {

    private final ReportClock clock;

    ReportDownloads(ReportClock clock) {
        this.clock = clock;
    }

    /** @param tables the first is the CSV; an XLSX holds each as a sheet. Only made for a download. */
    HttpResponse<?> answer(@Nullable Object json, ExportFormat as, String baseName,
                           Supplier<List<ReportTable>> tables) {
        return switch (as) {
            case JSON -> HttpResponse.ok(json);
            case CSV -> attachment(TableExport.csv(tables.get().get(0)), as.mediaType, baseName, as.extension);
            case XLSX -> attachment(TableExport.xlsx(tables.get()), as.mediaType, baseName, as.extension);
        };
    }

    HttpResponse<byte[]> attachment(byte[] bytes, MediaType type, String baseName, String extension) {
        return HttpResponse.ok(bytes).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "-" + clock.date(clock.now())
                        + "." + extension + "\"")
                .header("Cache-Control", "private, no-store");
    }
}

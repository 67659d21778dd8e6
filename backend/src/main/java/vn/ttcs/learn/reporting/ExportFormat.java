package vn.ttcs.learn.reporting;

import io.micronaut.http.MediaType;
import vn.ttcs.learn.web.ProblemException;

import java.util.Locale;

/** How a report table is answered: JSON for the app, CSV or XLSX to open in a spreadsheet. */
enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE, "json"),
    CSV(MediaType.of("text/csv; charset=utf-8"), "csv"),
    XLSX(MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final MediaType mediaType;
    final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("format", "must be json, csv or xlsx, not '" + value + "'");
        }
    }
}

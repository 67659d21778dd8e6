package vn.ttcs.learn.reporting;

import java.util.List;

/**
 * A table as exports write it: a sheet name, the column headings and the rows. A cell is a String, a Number, a
 * {@link java.time.LocalDate}, a {@link Percent} or null (empty).
 */
record ReportTable(String sheet, List<String> headers, List<List<Object>> rows) {

    /** A rate: 0.417 is written "41.7" in CSV and as a percentage-formatted number in XLSX. */
    record Percent(double fraction) {
    }
}

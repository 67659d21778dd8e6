package vn.ttcs.learn.identity;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.ttcs.learn.web.FieldError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an uploaded CSV (UTF-8, comma or semicolon separated, as Excel saves it) or XLSX file into rows, by the
 * names in its header row. Problems with the file as a whole are reported against row 1.
 */
final class TraineeFileReader {

    record Parsed(List<TraineeRow> rows, List<FieldError> errors) {
    }

    private TraineeFileReader() {
    }

    static Parsed read(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || looksLikeZip(content)) {
            return readXlsx(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || !looksLikeZip(content)) {
            return readCsv(content);
        }
        return new Parsed(List.of(), List.of(FieldError.atRow(1, "file", "must be a .csv or .xlsx file")));
    }

    private static Parsed readCsv(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(FieldError.atRow(1, "file",
                    "is not UTF-8 text; in Excel choose \"CSV UTF-8 (comma delimited)\" when saving")));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        char separator = guessSeparator(text);
        List<List<String>> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new ByteArrayInputStream(content))) {
            for (CsvRecord record : reader) {
                lines.add(record.getFields());
                lineNumbers.add((int) record.getStartingLineNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return new Parsed(List.of(), List.of(FieldError.atRow(1, "file", "is not a readable CSV file: "
                    + e.getMessage())));
        }
        return toRows(lines, lineNumbers::get);
    }

    private static Parsed readXlsx(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCellAsString(i).orElse(""));
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    lines.add(cells);
                    rowNumbers.add(row.getRowNum());
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), List.of(FieldError.atRow(1, "file", "is not a readable XLSX workbook: "
                    + e.getMessage())));
        }
        return toRows(lines, rowNumbers::get);
    }

    private static Parsed toRows(List<List<String>> lines, Function<Integer, Integer> rowNumberOf) {
        if (lines.isEmpty()) {
            return new Parsed(List.of(), List.of(FieldError.atRow(1, "file", "is empty; the first row must name the "
                    + "columns " + String.join(", ", TraineeRow.COLUMNS))));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<FieldError> errors = new ArrayList<>();
        for (String required : Arrays.copyOf(TraineeRow.COLUMNS, 4)) {
            if (!columns.containsKey(required)) {
                errors.add(FieldError.atRow(rowNumberOf.apply(0), required, "column '" + required
                        + "' is missing from the header row"));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        List<TraineeRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            Function<String, String> cell = column -> {
                Integer index = columns.get(column);
                return index == null || index >= line.size() ? "" : line.get(index).strip();
            };
            String jobTitle = cell.apply("job_title");
            rows.add(new TraineeRow(rowNumberOf.apply(i), cell.apply("full_name"), cell.apply("email"),
                    Usernames.normalise(cell.apply("username")), cell.apply("unit_code"),
                    jobTitle.isEmpty() ? null : jobTitle));
        }
        return new Parsed(rows, errors);
    }

    private static char guessSeparator(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
    }

    private static boolean looksLikeZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}

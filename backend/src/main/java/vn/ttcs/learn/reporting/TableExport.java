package vn.ttcs.learn.reporting;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes report tables as spreadsheets people open: CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese
 * correctly; a header row; CRLF; text that a spreadsheet would run as a formula neutralised) and XLSX (FastExcel,
 * one sheet per table, numbers as numbers, text as text cells, which a spreadsheet never runs as a formula).
 */
final class TableExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExport() {
    }

    /** The first table only: a CSV file holds one table. */
    static byte[] csv(ReportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
            csv.writeRecord(table.headers().stream().map(TableExport::neutralised).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(cell -> cells.add(csvCell(cell)));
                csv.writeRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            Workbook workbook = new Workbook(out, "TTCS Learn", "1.0");
            for (ReportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.sheet()));
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, table.headers().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        xlsxCell(sheet, r + 1, c, row.get(c));
                    }
                }
                sheet.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Text starting with =, +, -, @, a tab or a carriage return is read by spreadsheets as a formula (CSV
     * injection); an apostrophe in front makes it plain text.
     */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof ReportTable.Percent percent) {
            return String.format(Locale.ROOT, "%.1f", percent.fraction() * 100);
        }
        if (cell instanceof Number || cell instanceof LocalDate) {
            return cell.toString();
        }
        return neutralised(cell.toString());
    }

    private static void xlsxCell(Worksheet sheet, int row, int column, Object cell) {
        if (cell == null) {
            return;
        }
        if (cell instanceof ReportTable.Percent percent) {
            sheet.value(row, column, percent.fraction());
            sheet.style(row, column).format("0.0%").set();
        } else if (cell instanceof Number number) {
            sheet.value(row, column, number);
        } else if (cell instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("dd/mm/yyyy").set();
        } else {
            sheet.value(row, column, cell.toString());
        }
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\ . */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}

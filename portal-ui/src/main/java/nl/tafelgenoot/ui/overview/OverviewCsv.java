package nl.tafelgenoot.ui.overview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.tafelgenoot.domain.overview.CaseOverviewRow;
import nl.tafelgenoot.domain.shared.PageRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the coordinator's overview as CSV for spreadsheet programs, with Apache Commons CSV.
 * The format, chosen for Dutch Excel and LibreOffice: UTF-8 with a byte-order mark (without it
 * Excel reads "Öztürk" as mojibake), a semicolon between fields (Dutch Excel's list separator,
 * because the comma is the decimal sign there), CRLF line ends, a field quoted with {@code "}
 * when it holds a semicolon, quote or line break (a quote doubled inside), dates as ISO
 * {@code yyyy-MM-dd} (unambiguous, and read as a date). One header line in Dutch, then one line
 * per case. Rows are fetched page by page, so every selected case goes out without all of them
 * in memory. Only what the screen shows; no counts.
 */
public final class OverviewCsv {

    /** The byte-order mark of UTF-8 as a character: written first. */
    static final char BOM = '\uFEFF';
    static final int PAGE_SIZE = 500;

    public static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Function<String, String> texts;

    /** @param texts the translation of a bundle key, in the language of the export (Dutch) */
    public OverviewCsv(Function<String, String> texts) {
        this.texts = texts;
    }

    /** Writes the header and every row the pages give, until a page comes back short. Does not close the stream. */
    public void write(OutputStream out, Function<PageRequest, List<CaseOverviewRow>> pages) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(texts.apply("overview.csv.reference"), texts.apply("overview.csv.client"),
                texts.apply("overview.csv.municipality"), texts.apply("overview.csv.phase"),
                texts.apply("overview.csv.advisors"), texts.apply("overview.csv.deadline"),
                texts.apply("overview.csv.rule"), texts.apply("overview.csv.overdue"));
        int offset = 0;
        while (true) {
            List<CaseOverviewRow> rows = pages.apply(new PageRequest(offset, PAGE_SIZE));
            for (CaseOverviewRow row : rows) {
                csv.printRecord(row.reference(), row.clientName(), row.municipality(),
                        texts.apply("phase." + row.phase().name()), String.join(", ", row.advisors()),
                        row.nextDeadlineOn() == null ? "" : DATE.format(row.nextDeadlineOn()),
                        row.nextDeadlineRule() == null ? ""
                                : row.nextDeadlineRuleId() + " " + texts.apply("deadlineRule." + row.nextDeadlineRule().name()),
                        row.overdue() ? texts.apply("overview.csv.overdue.yes") : "");
            }
            if (rows.size() < PAGE_SIZE) {
                break;
            }
            offset += PAGE_SIZE;
        }
        csv.flush();
    }
}

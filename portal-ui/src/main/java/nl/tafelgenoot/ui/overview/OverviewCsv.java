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
import nl.tafelgenoot.domain.start.StartPage.QuietItem;
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
 * in memory. Only what the screen shows; no counts. The overview's other list (cases without
 * contact) and the statistics are written in the same format through {@link #open(OutputStream)}.
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

    /**
     * A printer in this format on the stream, the byte-order mark already written: every CSV the
     * portal offers starts here. Flush it when done; it does not close the stream.
     */
    public static CSVPrinter open(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        return new CSVPrinter(writer, FORMAT);
    }

    /** Writes the header and every row the pages give, until a page comes back short. Does not close the stream. */
    public void write(OutputStream out, Function<PageRequest, List<CaseOverviewRow>> pages) throws IOException {
        CSVPrinter csv = open(out);
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

    /**
     * The cases without contact for 14 days or more, oldest contact first: reference, client, date of
     * the last contact, days since. Does not close the stream.
     */
    public void writeQuiet(OutputStream out, List<QuietItem> quiet) throws IOException {
        CSVPrinter csv = open(out);
        csv.printRecord(texts.apply("overview.csv.reference"), texts.apply("overview.csv.client"),
                texts.apply("overview.csv.lastContact"), texts.apply("overview.csv.daysSince"));
        for (QuietItem q : quiet) {
            csv.printRecord(q.caseRef().reference(), q.caseRef().clientName(), DATE.format(q.lastContact()), q.daysSince());
        }
        csv.flush();
    }
}

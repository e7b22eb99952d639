package nl.tafelgenoot.ui.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.overview.OverviewCsv;
import org.apache.commons.csv.CSVPrinter;

/**
 * The intake queue as CSV, in the overview's format ({@link OverviewCsv#FORMAT}: UTF-8 with a
 * byte-order mark, semicolons, CRLF, ISO dates) with Dutch headers: received, days waiting,
 * urgent, name, municipality, topic, status, last reason an advisor gave back.
 */
final class IntakeCsv {

    private final Function<String, String> texts;

    IntakeCsv(Function<String, String> texts) {
        this.texts = texts;
    }

    /** Writes the header and every request the pages give, until a page comes back short. */
    void write(OutputStream out, Function<PageRequest, List<IntakeRequest>> pages, LocalDate today) throws IOException {
        CSVPrinter csv = OverviewCsv.open(out);
        csv.printRecord(texts.apply("intake.column.received"), texts.apply("intake.column.age"),
                texts.apply("intake.column.urgent"), texts.apply("intake.column.name"),
                texts.apply("intake.column.municipality"), texts.apply("intake.column.topic"),
                texts.apply("intake.column.status"), texts.apply("intake.column.note"));
        int offset = 0;
        List<IntakeRequest> page;
        do {
            page = pages.apply(new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (IntakeRequest r : page) {
                csv.printRecord(DateTimeFormatter.ISO_LOCAL_DATE.format(r.getReceivedAt().atZone(Clocks.AMSTERDAM)),
                    r.ageInDays(today), texts.apply(r.isUrgent() ? "intake.yes" : "intake.no"), r.getFullName(),
                    r.getMunicipality(), texts.apply("intake.topic." + r.getTopic()),
                    texts.apply("intake.status." + r.getStatus()), r.lastDeclineReason().orElse(""));
            }
            offset += PageRequest.MAX_LIMIT;
        } while (page.size() == PageRequest.MAX_LIMIT);
        csv.flush();
    }
}

package nl.tafelgenoot.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.overview.CaseOverviewRow;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.start.StartPage.CaseRef;
import nl.tafelgenoot.domain.start.StartPage.QuietItem;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The overview's CSV: a BOM, semicolons, quoting that survives awkward names, and every page; the
 * list of cases without contact in the same format.
 */
class OverviewCsvTest {

    private static final List<CaseOverviewRow> ROWS = List.of(
            new CaseOverviewRow("abc", "2026-0001", "Ayşe Öztürk", "Zeist", CasePhase.OBJECTION,
                    List.of("Anna Visser", "Pieter de Vries"), LocalDate.of(2026, 3, 2), DeadlineRule.OBJECTION, true),
            new CaseOverviewRow("def", "2026-0002", "Jan \"Hans\"; de Boer", "Utrecht", CasePhase.NOTIFICATION,
                    List.of(), null, null, false));

    private static String csv(List<CaseOverviewRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OverviewCsv(key -> key).write(out, page -> rows.subList(Math.min(page.offset(), rows.size()),
                Math.min(page.offset() + page.limit(), rows.size())));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return OverviewCsv.FORMAT.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void theCasesWithoutContactInTheSameFormat() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OverviewCsv(key -> key).writeQuiet(out, List.of(
                new QuietItem(new CaseRef("abc", "2026-0001", "Ayşe; Öztürk"), LocalDate.of(2026, 2, 2), 30)));
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        List<CSVRecord> records = parse(text);
        assertThat(records.get(0).values()).containsExactly("overview.csv.reference", "overview.csv.client",
                "overview.csv.lastContact", "overview.csv.daysSince");
        assertThat(records.get(1).values()).containsExactly("2026-0001", "Ayşe; Öztürk", "2026-02-02", "30");
        assertThat(text).contains("\r\n");
    }

    @Test
    void utf8WithBomSemicolonsAndQuoting() throws IOException {
        String text = csv(ROWS);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        assertThat(text).contains("\r\n").contains("2026-0001;Ayşe Öztürk;Zeist;phase.OBJECTION;");
        assertThat(text).contains("\"Jan \"\"Hans\"\"; de Boer\"");
        List<CSVRecord> records = parse(text);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly("overview.csv.reference", "overview.csv.client",
                "overview.csv.municipality", "overview.csv.phase", "overview.csv.advisors", "overview.csv.deadline",
                "overview.csv.rule", "overview.csv.overdue");
        assertThat(records.get(1).values()).containsExactly("2026-0001", "Ayşe Öztürk", "Zeist", "phase.OBJECTION",
                "Anna Visser, Pieter de Vries", "2026-03-02", "A1 deadlineRule.OBJECTION", "overview.csv.overdue.yes");
        assertThat(records.get(2).values()).containsExactly("2026-0002", "Jan \"Hans\"; de Boer", "Utrecht",
                "phase.NOTIFICATION", "", "", "", "");
    }

    @Test
    void everyPageIsWritten() throws IOException {
        List<CaseOverviewRow> many = new ArrayList<>();
        for (int i = 0; i < OverviewCsv.PAGE_SIZE * 2 + 3; i++) {
            many.add(new CaseOverviewRow("p" + i, "2026-" + i, "Cliënt " + i, "Zeist", CasePhase.REPORT, List.of(),
                    null, null, false));
        }
        List<PageRequest> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OverviewCsv(key -> key).write(out, page -> {
            asked.add(page);
            return many.subList(Math.min(page.offset(), many.size()), Math.min(page.offset() + page.limit(), many.size()));
        });
        assertThat(asked).hasSize(3);
        assertThat(parse(new String(out.toByteArray(), StandardCharsets.UTF_8))).hasSize(many.size() + 1);
    }
}

package nl.tafelgenoot.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.statistics.Statistics;
import nl.tafelgenoot.domain.statistics.Statistics.Caseload;
import nl.tafelgenoot.domain.statistics.Statistics.Durations;
import nl.tafelgenoot.domain.statistics.Statistics.MedianDays;
import nl.tafelgenoot.domain.statistics.Statistics.MonthCount;
import nl.tafelgenoot.domain.statistics.Statistics.MunicipalityCount;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.ui.overview.OverviewCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The statistics' CSV: the overview's format (BOM, semicolons), Dutch headers, every count of 1
 * to 4 written "<5" (0 stays 0), a median over fewer than 5 cases written "<5 casussen", a
 * median with a decimal comma, an advisor's maximum as it is.
 */
class StatisticsCsvTest {

    @Test
    void smallCountsAndMediansOverFewCasesAreMasked() throws Exception {
        Statistics s = new Statistics(new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)),
                List.of(new MonthCount(YearMonth.of(2025, 1), 0), new MonthCount(YearMonth.of(2025, 2), 3)),
                List.of(new MunicipalityCount("Zeist", 12), new MunicipalityCount("Bunnik", 1)),
                Map.of(DecisionOutcome.GRANTED, 5L, DecisionOutcome.REFUSED, 4L),
                Map.of(ObjectionOutcome.REJECTED, 2L),
                new Durations(List.of(new MedianDays("Zeist", 6, OptionalDouble.of(23.5)),
                        new MedianDays("Bunnik", 2, OptionalDouble.of(40))), new MedianDays(null, 8, OptionalDouble.of(25))),
                new Durations(List.of(), new MedianDays(null, 0, OptionalDouble.empty())),
                List.of(new Caseload(1, "Anna Visser", 3, 5)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatisticsCsv(StatisticsChartsTest::dutch).write(out, s);
        byte[] body = out.toByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = OverviewCsv.FORMAT.parse(new StringReader(new String(body, 3, body.length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).values()).containsExactly("Onderdeel", "Omschrijving", "Aantal", "Mediaan (dagen)", "Maximum");
        assertThat(line(records, "Periode", "2025-01-01 t/m 2025-02-28")).isNotNull();
        assertThat(line(records, "Nieuwe aanvragen per maand", "2025-01").get(2)).isEqualTo("0");
        assertThat(line(records, "Nieuwe aanvragen per maand", "2025-02").get(2)).isEqualTo("<5");
        assertThat(line(records, "Casussen per gemeente", "Zeist").get(2)).isEqualTo("12");
        assertThat(line(records, "Casussen per gemeente", "Bunnik").get(2)).isEqualTo("<5");
        assertThat(line(records, "Uitkomst besluiten", "Toegekend").get(2)).isEqualTo("5");
        assertThat(line(records, "Uitkomst besluiten", "Afgewezen").get(2)).isEqualTo("<5");
        assertThat(line(records, "Uitkomst besluiten", "Beëindigd").get(2)).isEqualTo("0");
        assertThat(line(records, "Uitkomst bezwaren", "Ongegrond").get(2)).isEqualTo("<5");
        CSVRecord zeist = line(records, "Dagen van melding tot keukentafelgesprek", "Zeist");
        assertThat(zeist.get(2)).isEqualTo("6");
        assertThat(zeist.get(3)).isEqualTo("23,5");
        CSVRecord bunnik = line(records, "Dagen van melding tot keukentafelgesprek", "Bunnik");
        assertThat(bunnik.get(2)).isEqualTo("<5");
        assertThat(bunnik.get(3)).isEqualTo("<5 casussen");
        assertThat(line(records, "Dagen van melding tot keukentafelgesprek", "Alle gemeenten").get(3)).isEqualTo("25");
        CSVRecord none = line(records, "Dagen van aanvraag tot besluit", "Alle gemeenten");
        assertThat(none.get(2)).isEqualTo("0");
        assertThat(none.get(3)).isEmpty();
        CSVRecord anna = line(records, "Caseload per adviseur", "Anna Visser");
        assertThat(anna.get(2)).isEqualTo("<5");
        assertThat(anna.get(4)).isEqualTo("5");
        assertThat(records.stream().skip(2).map(r -> r.get(2)))
                .as("no count of 1 to 4 anywhere").noneMatch(c -> c.matches("[1-4]"));
    }

    private static CSVRecord line(List<CSVRecord> records, String part, String item) {
        return records.stream().filter(r -> r.get(0).equals(part) && r.get(1).equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError(part + " / " + item + " not in " + records));
    }
}

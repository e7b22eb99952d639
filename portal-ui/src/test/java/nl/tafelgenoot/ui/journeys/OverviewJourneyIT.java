package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.ui.overview.OverviewCsv;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * De Linde's coordinator finds the overview in the menu, filters it to overdue cases (each row
 * marked "Te laat" in words, not colour alone) and downloads the CSV: UTF-8 with a BOM, Dutch
 * headers, semicolons, and exactly the overdue cases the screen counts. The deadline radar is a
 * filter too, so the same download gives exactly its cases (none due later than in 14 days); the
 * cases without contact have a CSV of their own. The coordinator opens the statistics: a chart
 * (an SVG image the browser draws) with its table of numbers, a period refused next to its field,
 * and the statistics' CSV with small counts masked. An advisor has neither overview nor
 * statistics in the menu.
 */
@ExtendWith(SharedPortal.class)
class OverviewJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String COORDINATOR = "coordinator@delinde.example";
    private static final String ANNA = "anna.visser@delinde.example";

    @SharedPortal.Url
    URL base;

    @Test
    void theCoordinatorFiltersToOverdueCasesAndDownloadsTheCsv() throws Exception {
        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn(COORDINATOR, PASSWORD, null);
            assertThat(coordinator.exists("nav-overview")).as("in the menu").isTrue();
            coordinator.open("overzicht");
            coordinator.waitForText("overview-count", "casussen");
            String all = coordinator.text("overview-count");

            assertThat(coordinator.gridTexts("overview")).as("the demo has overdue cases, marked in words")
                    .anySatisfy(t -> assertThat(t).contains("Te laat"));
            coordinator.click("filter-overdue");
            String overdueCount = coordinator.waitForTextOtherThan("overview-count", all);
            long expected = Long.parseLong(overdueCount.replaceAll("\\D", ""));
            assertThat(expected).isPositive().isLessThan(Long.parseLong(all.replaceAll("\\D", "")));
            assertThat(coordinator.gridTexts("overview").stream().filter(t -> t.contains("Te laat")).count())
                    .isEqualTo(expected);

            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(coordinator.href("overview-download")))
                            .header("Cookie", coordinator.cookieHeader()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            byte[] body = download.body();
            assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            List<CSVRecord> records = OverviewCsv.FORMAT.parse(new StringReader(text)).getRecords();
            assertThat(records.get(0).values()).containsExactly("Casus", "Cliënt", "Gemeente", "Fase", "Adviseurs",
                    "Volgende termijn", "Regel", "Te laat");
            List<CSVRecord> rows = records.subList(1, records.size());
            assertThat(rows).hasSize((int) expected);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get(7)).isEqualTo("ja");
                assertThat(r.get(5)).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(r.get(0)).matches("\\d{4}-\\d{4}");
            });

            coordinator.click("overview-radar");
            String radarCount = coordinator.text("overview-count");
            List<CSVRecord> radar = csv(coordinator, coordinator.href("overview-download"));
            assertThat(radar).as("the radar's cases, exactly").hasSize(1 + Integer.parseInt(radarCount.replaceAll("\\D", "")));
            LocalDate inTwoWeeks = LocalDate.now().plusDays(14);
            assertThat(radar.subList(1, radar.size())).allSatisfy(r ->
                    assertThat(LocalDate.parse(r.get(5))).isBeforeOrEqualTo(inTwoWeeks));

            if (coordinator.exists("overview-quiet-download")) {
                List<CSVRecord> quiet = csv(coordinator, coordinator.href("overview-quiet-download"));
                assertThat(quiet.get(0).values()).containsExactly("Casus", "Cliënt", "Laatste contact", "Dagen zonder contact");
                assertThat(coordinator.text("overview-quiet-count")).startsWith((quiet.size() - 1) + " ");
            }

            coordinator.click("nav-statistics");
            coordinator.waitForPath("/statistieken");
            coordinator.click("statistics-last-12");
            coordinator.waitForImage("statistics-new-requests-chart");
            assertThat(coordinator.attribute("statistics-new-requests-chart", "src")).startsWith("data:image/svg+xml;base64,");
            assertThat(coordinator.attribute("statistics-new-requests-chart", "alt")).contains("Nieuwe aanvragen per maand");
            List<String> months = coordinator.tableRows("statistics-new-requests-table");
            assertThat(months).as("a row per month of the last 12").hasSize(12);
            long opened = months.stream().mapToLong(r -> Long.parseLong(r.substring(r.lastIndexOf('|') + 1).trim())).sum();
            assertThat(opened).as("the demo's cases were opened at its start").isPositive();
            coordinator.waitForImage("statistics-caseload-chart");
            assertThat(coordinator.tableRows("statistics-caseload-table")).anySatisfy(r -> assertThat(r).startsWith("Anna Visser"));

            coordinator.typeAndEnter("statistics-from", "1-1-2020");
            coordinator.typeAndEnter("statistics-to", "1-1-2025");
            coordinator.click("statistics-show");
            assertThat(coordinator.fieldError("statistics-to")).isEqualTo("Kies een periode van hoogstens 5 jaar.");
            assertThat(coordinator.value("statistics-from")).as("the dates typed stay").isEqualTo("1-1-2020");
            coordinator.click("statistics-last-12");

            List<CSVRecord> statistics = csv(coordinator, coordinator.href("statistics-download"));
            assertThat(statistics.get(0).values()).containsExactly("Onderdeel", "Omschrijving", "Aantal", "Mediaan (dagen)",
                    "Maximum");
            List<CSVRecord> perMonth = statistics.stream().filter(r -> r.get(0).equals("Nieuwe aanvragen per maand")).toList();
            assertThat(perMonth).hasSize(12);
            assertThat(statistics.stream().skip(2).map(r -> r.get(2))).as("no count of 1 to 4")
                    .noneMatch(c -> c.matches("[1-4]"));
            assertThat(perMonth).as("the month the demo's cases were opened, masked or not")
                    .anySatisfy(r -> assertThat(r.get(2)).isNotEqualTo("0"));
        }
        try (Browser anna = new Browser(base, "nl-NL")) {
            anna.logIn(ANNA, PASSWORD, null);
            assertThat(anna.exists("nav-overview")).isFalse();
            assertThat(anna.exists("nav-statistics")).isFalse();
        }
    }

    /** Follows a download link as the browser's session and parses the CSV after its byte-order mark. */
    private static List<CSVRecord> csv(Browser browser, String href) throws Exception {
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", browser.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] body = download.body();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return OverviewCsv.FORMAT.parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }
}

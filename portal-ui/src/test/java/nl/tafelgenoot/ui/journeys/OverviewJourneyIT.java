package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.tafelgenoot.ui.overview.OverviewCsv;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.Deployments;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * De Linde's coordinator finds the overview in the menu, filters it to overdue cases (each row
 * marked "Te laat" in words, not colour alone) and downloads the CSV: UTF-8 with a BOM, Dutch
 * headers, semicolons, and exactly the overdue cases the screen counts. An advisor has no
 * overview in the menu.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String COORDINATOR = "coordinator@delinde.example";
    private static final String ANNA = "anna.visser@delinde.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
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
        }
        try (Browser anna = new Browser(base, "nl-NL")) {
            anna.logIn(ANNA, PASSWORD, null);
            assertThat(anna.exists("nav-overview")).isFalse();
        }
    }
}

package nl.tafelgenoot.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public deadline calculator over HTTP and in a browser, without logging in: the JSON contract
 * byte for byte, the refusals as 400 with a JSON message, nothing else under /api, and
 * the page "Termijnen berekenen" showing the same date as the API. Expected dates are the
 * hand-computed ones of DeadlineCalculatorTest.
 */
@ExtendWith(SharedPortal.class)
class DeadlineCalculatorIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern ERROR_BODY = Pattern.compile("\\{\"error\":\"([^\"]+)\"}");
    private static final Pattern DEADLINE = Pattern.compile("\"deadline\":\"(\\d{4}-\\d{2}-\\d{2})\"");

    @SharedPortal.Url
    URL base;

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private static void assertJson(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    private static String error(HttpResponse<String> response) {
        Matcher matcher = ERROR_BODY.matcher(response.body());
        assertThat(matcher.matches()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void theObjectionDeadlineOfDomainMdsExampleIsAnsweredExactlyAsTheIssueWritesIt() throws Exception {
        HttpResponse<String> response = get("api/deadlines/A1?from=2025-03-03");
        assertJson(response, 200);
        assertThat(response.body())
                .isEqualTo("{\"rule\":\"A1\",\"from\":\"2025-03-03\",\"deadline\":\"2025-04-14\",\"article\":\"Awb 6:7, 6:8\",\"shiftedFrom\":null}");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for an anonymous API call").isEmpty();
    }

    @Test
    void aDeadlineMovedByTheGeneralTermsActNamesTheDateItWasMovedFrom() throws Exception {
        // Mon 23 Feb 2026 + 6 weeks = Mon 6 Apr 2026, Easter Monday -> Tue 7 Apr.
        HttpResponse<String> response = get("api/deadlines/A1?from=2026-02-23");
        assertJson(response, 200);
        assertThat(response.body())
                .isEqualTo("{\"rule\":\"A1\",\"from\":\"2026-02-23\",\"deadline\":\"2026-04-07\",\"article\":\"Awb 6:7, 6:8\",\"shiftedFrom\":\"2026-04-06\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A5 from Mon 14 Apr 2025: committee 12 weeks + extension 6 = 18 weeks = Mon 18 Aug 2025.
            "api/deadlines/A5?from=2025-04-14&committee=true&extended=true | {\"rule\":\"A5\",\"from\":\"2025-04-14\",\"deadline\":\"2025-08-18\",\"article\":\"Awb 7:10, 7:13\",\"shiftedFrom\":null}",
            "api/deadlines/A5?from=2025-04-14&committee=true | {\"rule\":\"A5\",\"from\":\"2025-04-14\",\"deadline\":\"2025-07-07\",\"article\":\"Awb 7:10, 7:13\",\"shiftedFrom\":null}",
            "api/deadlines/A5?from=2025-04-14&extended=true&committee=false | {\"rule\":\"A5\",\"from\":\"2025-04-14\",\"deadline\":\"2025-07-07\",\"article\":\"Awb 7:10, 7:13\",\"shiftedFrom\":null}",
            "api/deadlines/A5?from=2025-04-14 | {\"rule\":\"A5\",\"from\":\"2025-04-14\",\"deadline\":\"2025-05-26\",\"article\":\"Awb 7:10, 7:13\",\"shiftedFrom\":null}",
            // W1 from Thu 2 Apr 2026: Thu 14 May Ascension Day, Fri 15 designated, weekend -> Mon 18 May.
            "api/deadlines/W1?from=2026-04-02 | {\"rule\":\"W1\",\"from\":\"2026-04-02\",\"deadline\":\"2026-05-18\",\"article\":\"Wmo 2015 art. 2.3.2\",\"shiftedFrom\":\"2026-05-14\"}",
            // W5 from Wed 4 Mar 2026 + 2 weeks = Wed 18 Mar 2026.
            "api/deadlines/W5?from=2026-03-04 | {\"rule\":\"W5\",\"from\":\"2026-03-04\",\"deadline\":\"2026-03-18\",\"article\":\"Wmo 2015 art. 2.3.5; Awb 4:14\",\"shiftedFrom\":null}",
            // A9 from Wed 20 Nov 2024 + 6 weeks = Wed 1 Jan 2025, New Year's Day -> Thu 2 Jan.
            "api/deadlines/A9?from=2024-11-20 | {\"rule\":\"A9\",\"from\":\"2024-11-20\",\"deadline\":\"2025-01-02\",\"article\":\"Awb 6:7\",\"shiftedFrom\":\"2025-01-01\"}",
            // A2: A1 of Mon 3 Mar 2025 ends Mon 14 Apr; + 1 week = Mon 21 Apr, Easter Monday -> Tue 22 Apr.
            "api/deadlines/A2?from=2025-03-03 | {\"rule\":\"A2\",\"from\":\"2025-03-03\",\"deadline\":\"2025-04-22\",\"article\":\"Awb 6:9\",\"shiftedFrom\":\"2025-04-21\"}",
            // W3 is practice: Fri 12 Dec 2025 + 2 weeks = Fri 26 Dec, not moved, no article.
            "api/deadlines/W3?from=2025-12-12 | {\"rule\":\"W3\",\"from\":\"2025-12-12\",\"deadline\":\"2025-12-26\",\"article\":\"\",\"shiftedFrom\":null}",
            "api/deadlines/a1?from=2025-03-03 | {\"rule\":\"A1\",\"from\":\"2025-03-03\",\"deadline\":\"2025-04-14\",\"article\":\"Awb 6:7, 6:8\",\"shiftedFrom\":null}"})
    void everyRuleAnswersInTheSameShape(String path, String expected) throws Exception {
        HttpResponse<String> response = get(path);
        assertJson(response, 200);
        assertThat(response.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "api/deadlines/X1?from=2025-03-03 | Onbekende regel",
            "api/deadlines/A7?from=2025-03-03 | Onbekende regel",
            "api/deadlines/A1?from=2025-13-01 | bestaande datum",
            "api/deadlines/A1?from=2025-02-30 | bestaande datum",
            "api/deadlines/A1?from=3-3-2025 | bestaande datum",
            "api/deadlines/A1?from=%2B2025-03-03 | bestaande datum",
            "api/deadlines/A1 | De datum ontbreekt",
            "api/deadlines/A1?from= | De datum ontbreekt",
            "api/deadlines/A1?from=2025-03-03&committee=true | Alleen regel A5",
            "api/deadlines/W5?from=2025-03-03&extended=true | Alleen regel A5",
            "api/deadlines/A5?from=2025-04-14&committee=yes | committee moet true of false zijn",
            "api/deadlines/A1?from=2013-12-31 | tussen 2014-01-01 en 2100-12-31"})
    void badInputIsRefusedWith400AndAMessageInJson(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertJson(response, 400);
        assertThat(error(response)).contains(message);
    }

    @Test
    void errorMessagesAreInEnglishWhenTheCallerAsksForEnglish() throws Exception {
        HttpResponse<String> response = get("api/deadlines/X1?from=2025-03-03", "en-GB,en;q=0.8,nl;q=0.5");
        assertJson(response, 400);
        assertThat(error(response)).isEqualTo("Unknown rule. The calculator knows the rules W1, W3, W5, A1, A2, A5, A9.");
    }

    @Test
    void nothingElseUnderApiIsReachableAndItSaysSoInJson() throws Exception {
        for (String path : new String[] {"api/other", "api/", "api/deadlines", "api/deadlines/A1/more?from=2025-03-03"}) {
            HttpResponse<String> response = get(path);
            assertJson(response, 404);
            assertThat(error(response)).as(path).contains("bestaat niet");
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(
                "api/deadlines/A1?from=2025-03-03")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertJson(post, 405);
        assertThat(error(post)).contains("Alleen GET");
    }

    @Test
    void thePublicPageReachedFromTheLoginPageShowsTheSameDateAsTheApi() throws Exception {
        String apiDeadline = deadlineOf(get("api/deadlines/A1?from=2026-02-23"));
        String apiPosted = deadlineOf(get("api/deadlines/A2?from=2026-02-23"));
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
        String expected = dutch.format(LocalDate.parse(apiDeadline));
        assertThat(expected).isEqualTo("dinsdag 7 april 2026");

        try (Browser member = new Browser(base, "nl-NL")) {
            member.open("login");
            member.clickLink("Termijn voor bezwaar berekenen (zonder inloggen)");
            member.waitForPath("/termijnen");
            member.waitForText("calculator-title", "Termijnen berekenen");
            assertThat(member.exists("current-user")).as("nobody logged in").isFalse();

            member.typeAndEnter("dispatch-date", "23-2-2026");
            member.waitForText("objection-deadline", expected);
            assertThat(member.text("objection-deadline")).isEqualTo(expected);
            assertThat(member.text("objection-why")).contains("zes weken na de verzenddatum", "maandag 23 februari 2026");
            assertThat(member.text("objection-moved")).contains("maandag 6 april 2026", "Algemene termijnenwet");
            assertThat(member.text("objection-days-off")).contains("maandag 6 april 2026: Tweede Paasdag");
            assertThat(member.text("objection-received")).contains("ontvangt");
            assertThat(member.text("objection-post"))
                    .contains("op de post", dutch.format(LocalDate.parse(apiPosted)));
            assertThat(member.text("objection-rules")).contains("Regel A1: Awb 6:7, 6:8", "Regel A2: Awb 6:9", "Atw art. 1");
            member.screenshot(java.nio.file.Path.of("target", "termijnen-berekenen.png"));

            // An unshifted date: no explanation of a move.
            member.typeAndEnter("dispatch-date", "3-3-2025");
            member.waitForText("objection-deadline", "maandag 14 april 2025");
            assertThat(member.exists("objection-moved")).isFalse();
            assertThat(dutch.format(LocalDate.parse(deadlineOf(get("api/deadlines/A1?from=2025-03-03")))))
                    .isEqualTo(member.text("objection-deadline"));
        }
    }

    @Test
    void thePageSpeaksEnglishToAnEnglishBrowser() {
        try (Browser member = new Browser(base, "en-GB")) {
            member.open("termijnen");
            member.waitForText("calculator-title", "Calculate deadlines");
            member.typeAndEnter("dispatch-date", "3-3-2025");
            member.waitForText("objection-deadline", "Monday 14 April 2025");
        }
    }

    private static String deadlineOf(HttpResponse<String> response) {
        assertJson(response, 200);
        Matcher matcher = DEADLINE.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }
}

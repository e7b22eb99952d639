package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff agenda in a real browser. The demo's appointments show next week. Two appointments of
 * a member with the journey's own advisor (De Linde; other tests change the demo advisors) two
 * weeks ahead are put in the database as a booking leaves them. De Linde's coordinator opens
 * "Agenda" from the menu, goes two weeks ahead, finds the first appointment on its day, filters
 * by advisor, moves it through the dialog (a time someone took meanwhile is refused and leaves the
 * list) to a free time and cancels it after confirming; the week stays in the address; the
 * request's page lists both appointments as they now stand; the page and the dialog pass axe, and
 * at 200 % zoom the days stack without sideways scrolling. The advisor finds their private
 * calendar link, which serves their appointments to a calendar app without logging in, makes a
 * new one and the old one answers 404. Samen Verder's coordinator sees none of it. Any other feed
 * address is a bare 404, and one address fetching again and again gets 429.
 */
@ExtendWith(SharedPortal.class)
class AgendaJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter SLOT_ID = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final SecureRandom RANDOM = new SecureRandom();

    @SharedPortal.Url
    URL base;

    @Test
    void theCoordinatorMovesAndCancelsAnAppointmentAndTheAdvisorSubscribesToTheirOwnCalendar() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String member = "Jeanne Agenda" + run;
        LocalDate today = LocalDate.now(AMSTERDAM);
        LocalDate monday = today.plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);
        LocalDate thursday = monday.plusDays(3);
        int minute = 5 * RANDOM.nextInt(12);
        LocalTime firstTime = LocalTime.of(15, minute);
        String advisorEmail = "agenda-adviseur-" + run + "@delinde.example";
        String advisor = "Adviseur Agenda" + run;
        long advisorId = JourneyDatabase.addBookableAdvisor(advisorEmail, advisor, PASSWORD, "de-linde-zeist", "Zeist");
        Seeded seeded = seed(run, member, advisorId, wednesday.atTime(firstTime), thursday.atTime(LocalTime.of(17, minute)));
        String first = seeded.first();
        String second = seeded.second();
        int weekNumber = monday.get(WeekFields.ISO.weekOfWeekBasedYear());

        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn("coordinator@delinde.example", PASSWORD, null);
            assertThat(coordinator.text("nav-agenda")).isEqualTo("Agenda");
            coordinator.click("nav-agenda");
            coordinator.waitForPath("/agenda");
            coordinator.waitForText("agenda-week", "Week " + today.get(WeekFields.ISO.weekOfWeekBasedYear()) + ":");
            coordinator.axe().assertNoSeriousOrCritical();

            coordinator.click("agenda-next");
            coordinator.waitForText("agenda-day-" + monday.minusWeeks(1), "Henk de Boer");
            assertThat(coordinator.text("agenda-day-" + monday.minusWeeks(1).plusDays(1))).as("the demo's appointments")
                    .contains("Wilma Bakker", "09:30–10:30", "Met Anna Visser");
            coordinator.click("agenda-next");
            coordinator.waitForText("agenda-week", "Week " + weekNumber + ": ");
            coordinator.waitForText("agenda-day-" + wednesday, member);
            assertThat(coordinator.text("agenda-day-title-" + monday)).matches("ma \\d{1,2} [a-z]{3,4}");
            assertThat(coordinator.text("appointment-" + first)).contains(
                    String.format("%02d:%02d–%02d:%02d", 15, minute, 16, minute), "Telefonisch", member, "Zeist",
                    "Voorbereiden van het keukentafelgesprek", "Met " + advisor);
            assertThat(coordinator.text("agenda-day-" + thursday)).contains(member, "Op kantoor");

            coordinator.select("agenda-advisor", "Pieter Smit");
            coordinator.waitForText("agenda-day-" + wednesday, "Geen afspraken");
            assertThat(coordinator.exists("appointment-" + first)).isFalse();
            coordinator.select("agenda-advisor", advisor);
            coordinator.waitForText("agenda-day-" + wednesday, member);

            coordinator.click("move-" + first);
            coordinator.waitForPageText("De afspraak staat nu op");
            coordinator.axe().assertNoSeriousOrCritical();
            String sameWeek = IntStream.range(0, 7).mapToObj(d -> "[id^='move-slot-" + monday.plusDays(d)
                    .format(DateTimeFormatter.BASIC_ISO_DATE) + "']").collect(Collectors.joining(", "));
            String taken = coordinator.idOfFirst(sameWeek);
            coordinator.click(taken);
            coordinator.waitForText("move-chosen", "Nieuwe tijd:");
            blockForEveryAdvisor(seeded, LocalDateTime.parse(taken.substring("move-slot-".length()), SLOT_ID));
            coordinator.click("move-confirm");
            coordinator.waitForText("move-error", "Die tijd is net door iemand anders bezet");
            assertThat(coordinator.exists(taken)).as("the list shows the times free now").isFalse();

            String slot = coordinator.idOfFirst(sameWeek);
            LocalDateTime newStart = LocalDateTime.parse(slot.substring("move-slot-".length()), SLOT_ID);
            coordinator.click(slot);
            coordinator.waitForText("move-chosen", "Nieuwe tijd:");
            coordinator.click("move-confirm");
            coordinator.waitForPageText("Verzet; de cliënt krijgt een bericht");
            coordinator.waitForText("agenda-day-" + newStart.toLocalDate(), member);
            assertThat(coordinator.text("appointment-" + first)).contains(
                    newStart.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")) + "–", "Verzet");

            coordinator.click("cancel-" + first);
            coordinator.waitForPageText("wordt geannuleerd. De tijd komt weer vrij.");
            coordinator.confirm();
            coordinator.waitForText("appointment-" + first, "Geannuleerd");
            assertThat(coordinator.exists("move-" + first)).as("a cancelled appointment cannot be moved").isFalse();
            coordinator.axe().assertNoSeriousOrCritical();

            coordinator.open("agenda?week=" + monday);
            coordinator.waitForText("agenda-week", "Week " + weekNumber + ": ");
            coordinator.waitForText("appointment-" + first, "Geannuleerd");
            coordinator.zoom(2.0);
            coordinator.open("agenda?week=" + monday);
            coordinator.waitForText("agenda-week", "Week " + weekNumber + ": ");
            assertThat(coordinator.hasNoHorizontalScroll()).isTrue();
            assertThat(coordinator.bounds("agenda-day-" + monday.plusDays(1)).getY())
                    .as("the days stack at 200 %").isGreaterThan(coordinator.bounds("agenda-day-" + monday).getY());
            coordinator.zoom(1.0);

            coordinator.open("agenda?week=not-a-week");
            coordinator.waitForText("agenda-week", "Week " + today.get(WeekFields.ISO.weekOfWeekBasedYear()) + ":");
            coordinator.open("agenda?week=" + thursday);
            coordinator.waitForText("agenda-week", "Week " + weekNumber + ": ");

            coordinator.open("agenda?week=" + monday);
            coordinator.click("appointment-request-" + second);
            coordinator.waitForPath("/aanmeldingen/" + seeded.request());
            coordinator.waitForText("intake-appointments", "Geannuleerd door de organisatie");
            assertThat(coordinator.text("intake-appointment-" + first)).contains("1× verzet", "Telefonisch");
            assertThat(coordinator.text("intake-appointment-" + second)).contains(advisor, "Gepland", "Op kantoor");
            coordinator.axe().assertNoSeriousOrCritical();
        }

        HttpClient http = HttpClient.newHttpClient();
        String renewed;
        try (Browser advisorBrowser = new Browser(base, "nl-NL")) {
            advisorBrowser.logIn(advisorEmail, PASSWORD, null);
            advisorBrowser.click("nav-agenda");
            advisorBrowser.waitForPath("/agenda");
            assertThat(advisorBrowser.exists("agenda-advisor")).as("an advisor has no advisor filter").isFalse();
            String feed = advisorBrowser.value("feed-url");
            assertThat(feed).startsWith(base.toExternalForm().replaceAll("/$", "") + "/agenda-feed/de-linde-zeist/")
                    .endsWith(".ics");
            assertThat(advisorBrowser.isReadOnly("feed-url")).isTrue();
            advisorBrowser.axe().assertNoSeriousOrCritical();

            HttpResponse<String> served = get(http, feed);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar")
                    .containsIgnoringCase("charset=UTF-8");
            assertThat(served.headers().firstValue("Cache-Control")).hasValue("private, max-age=300");
            assertThat(served.body()).contains("BEGIN:VCALENDAR", "UID:afspraak-" + second + "@tafelgenoot.nl");
            assertThat(get(http, feed.replace("/de-linde-zeist/", "/samen-verder/")).statusCode())
                    .as("De Linde's secret on Samen Verder's address").isEqualTo(404);

            advisorBrowser.click("feed-reset");
            advisorBrowser.waitForPageText("De oude link werkt daarna niet meer");
            advisorBrowser.confirm();
            renewed = advisorBrowser.waitForValueOtherThan("feed-url", feed);
            HttpResponse<String> old = get(http, feed);
            assertThat(old.statusCode()).isEqualTo(404);
            assertThat(old.body()).doesNotContain("VCALENDAR");
            HttpResponse<String> fresh = get(http, renewed);
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.body()).contains("UID:afspraak-" + second + "@tafelgenoot.nl");

            advisorBrowser.open("agenda?week=" + monday);
            advisorBrowser.waitForText("appointment-" + second, member);
            assertThat(advisorBrowser.exists("appointment-request-" + second)).as("the request page is the coordinator's").isFalse();
        }

        try (Browser other = new Browser(base, "nl-NL")) {
            other.logIn("coordinator@samenverder.example", PASSWORD, null);
            other.open("agenda?week=" + monday);
            other.waitForText("agenda-week", "Week " + weekNumber + ": ");
            assertThat(other.exists("appointment-" + first)).isFalse();
            assertThat(other.exists("appointment-" + second)).isFalse();
            assertThat(other.pageContains(member)).isFalse();
        }

        String feedBase = base.toExternalForm().replaceAll("/$", "") + "/agenda-feed/";
        for (String nothing : new String[] {"de-linde-zeist/" + "A".repeat(43) + ".ics", "de-linde-zeist/", "no-such-org/x.ics"}) {
            HttpResponse<String> answer = get(http, feedBase + nothing);
            assertThat(answer.statusCode()).as(nothing).isEqualTo(404);
            assertThat(answer.body()).as(nothing).doesNotContain("VCALENDAR", "Exception");
        }
        boolean limited = false;
        for (int i = 0; i < 25 && !limited; i++) {
            HttpResponse<String> answer = get(http, renewed);
            limited = answer.statusCode() == 429;
            assertThat(answer.statusCode()).isIn(200, 429);
        }
        assertThat(limited).as("one address fetching the feed again and again is held off").isTrue();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The appointments' public ids and their request's. */
    private record Seeded(long tenant, long requestId, String request, String first, String second) {
    }

    /**
     * A request of a member with two appointments with the journey's own advisor (by phone, at the office) as a
     * booking leaves them; the request is closed, so it stays out of other journeys' queue.
     */
    private static Seeded seed(String run, String member, long advisor, LocalDateTime first, LocalDateTime second)
            throws SQLException {
        try (Connection c = database()) {
            long tenant = id(c, "select id from organisation where slug = ?", "de-linde-zeist");
            String request = publicId();
            try (PreparedStatement insert = c.prepareStatement("insert into intake_request (tenant_id, public_id,"
                    + " received_at, channel, origin, status, topic, law, given_name, surname, phone, email, postcode,"
                    + " city, municipality, question, closed_reason) values (?, ?, ?, 'BOOKING', 'NEW_REQUEST', 'CLOSED',"
                    + " 'PREPARE_INTERVIEW', 'WMO', 'Jeanne', ?, '06-12345678', ?, '3701 AB', 'Zeist', 'Zeist', ?, ?)")) {
                insert.setLong(1, tenant);
                insert.setString(2, request);
                insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
                insert.setString(4, member.substring("Jeanne ".length()));
                insert.setString(5, "jeanne-" + run + "@example.org");
                insert.setString(6, "Afspraak uit de agenda-journey " + run);
                insert.setString(7, "Journey " + run);
                insert.executeUpdate();
            }
            long requestId = id(c, "select id from intake_request where public_id = ? and tenant_id = " + tenant, request);
            return new Seeded(tenant, requestId, request, appointment(c, tenant, requestId, advisor, "PHONE", first),
                    appointment(c, tenant, requestId, advisor, "OFFICE", second));
        }
    }

    /** Someone books this time with every advisor of De Linde a moment before the coordinator moves there. */
    private static void blockForEveryAdvisor(Seeded seeded, LocalDateTime localStart) throws SQLException {
        try (Connection c = database();
             PreparedStatement advisors = c.prepareStatement("select account_id from advisor_profile where tenant_id = ?")) {
            advisors.setLong(1, seeded.tenant());
            try (ResultSet rs = advisors.executeQuery()) {
                while (rs.next()) {
                    try {
                        appointment(c, seeded.tenant(), seeded.requestId(), rs.getLong(1), "PHONE", localStart);
                    } catch (java.sql.SQLIntegrityConstraintViolationException alreadyBusyThen) {
                        // that advisor was booked at that time already: just as taken
                    }
                }
            }
        }
    }

    private static String appointment(Connection c, long tenant, long request, long advisor, String mode,
                                      LocalDateTime localStart) throws SQLException {
        String publicId = publicId();
        Instant start = localStart.atZone(AMSTERDAM).toInstant();
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        try (PreparedStatement insert = c.prepareStatement("insert into appointment (tenant_id, public_id, request_id,"
                + " advisor_account_id, meeting_mode, starts_at, ends_at, status, sequence_no, manage_token_hash,"
                + " manage_until, booked_at) values (?, ?, ?, ?, ?, ?, ?, 'BOOKED', 0, ?, ?, ?)")) {
            insert.setLong(1, tenant);
            insert.setString(2, publicId);
            insert.setLong(3, request);
            insert.setLong(4, advisor);
            insert.setString(5, mode);
            insert.setObject(6, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            insert.setObject(7, LocalDateTime.ofInstant(start.plusSeconds(3600), ZoneOffset.UTC));
            insert.setString(8, HexFormat.of().formatHex(hash));
            insert.setObject(9, LocalDateTime.ofInstant(localStart.toLocalDate().plusDays(1).atStartOfDay(AMSTERDAM)
                    .toInstant(), ZoneOffset.UTC));
            insert.setObject(10, LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
            insert.executeUpdate();
        }
        return publicId;
    }

    private static String publicId() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static long id(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return JourneyDatabase.connect();
    }
}

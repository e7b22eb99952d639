package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.PortalKind;
import nl.tafelgenoot.ui.testing.SharedPortal;
import nl.tafelgenoot.ui.testing.TestMailServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * A member books on De Linde's public page without logging in, step by step, and receives the
 * confirmation with the calendar invitation at a real (test) SMTP server; through the link in the
 * mail they move and cancel, each time receiving the calendar's update; the link opens nothing on
 * another organisation's page; the coordinator finds the request in the queue, with the move and
 * the cancellation on it. Every screen passes axe-core. Also: a time taken by someone else a moment earlier (the next one offered), "call me
 * back" without e-mail after a passed objection deadline, the page in English, an unknown page.
 *
 * <p>All bookings come from one address, and the desk allows five an hour per address: the tests
 * run in order and book exactly five times on the mail portal, where no other journey books; the
 * last one then shows that a sixth is refused. Keep that count when adding tests.
 */
@ExtendWith(SharedPortal.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookingJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String PAGE = "boeken/de-linde-zeist";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(100);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter SLOT_ID = DateTimeFormatter.ofPattern("'slot-'yyyyMMddHHmm");

    @SharedPortal.Url(PortalKind.MAIL)
    URL base;

    @Test
    @Order(2)
    void aMemberBooksMovesAndCancelsAndReceivesEveryChangeInTheirCalendar() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String surname = "Vos-" + run;
        String address = "marijke." + run + "@example.org";
        String bookedSlot;
        String reference;
        String token;
        try (Browser member = new Browser(base, "nl-NL")) {
            member.open(PAGE);
            assertThat(member.text("booking-header")).isEqualTo("Seniorenvereniging De Linde, afdeling Zeist");
            step(member, 1, "Waar gaat uw vraag over?");
            assertThat(member.isShown("booking-back")).as("no way back on the first step").isFalse();
            member.axe().assertNoSeriousOrCritical();
            member.choose("booking-topic", "Ik wil hulp bij bezwaar tegen een besluit");
            LocalDate decided = LocalDate.now(AMSTERDAM).minusDays(35);
            member.typeAndEnter("booking-decision-date", TYPED.format(decided));
            member.waitForText("booking-deadline", "U kunt bezwaar maken tot en met");
            assertThat(member.text("booking-deadline-urgent")).startsWith("Haast: nog ").endsWith(" dagen.");
            member.type("booking-question", "Mijn aanvraag voor huishoudelijke hulp is afgewezen.");
            member.axe().assertNoSeriousOrCritical();
            member.click("booking-next");

            step(member, 2, "Waar woont u?");
            assertThat(member.text("booking-back")).isEqualTo("Vorige");
            member.type("booking-postcode", "3701ab");
            member.type("booking-house-number", "12");
            member.waitForText("booking-municipality", "Gemeente: Zeist");
            member.axe().assertNoSeriousOrCritical();
            member.click("booking-next");

            // Step 3 with the keyboard only: the heading has the focus, Tab to the choices, Space, Tab to "Volgende", Enter.
            step(member, 3, "Hoe wilt u de adviseur spreken?");
            member.waitForFocusWithin("booking-step-heading");
            member.axe().assertNoSeriousOrCritical();
            member.pressKeys(Keys.TAB);
            assertThat(member.focusIsWithin("booking-mode")).as("Tab reaches the choices").isTrue();
            member.pressKeys(Keys.SPACE);
            for (int i = 0; i < 6 && !member.focusIsWithin("booking-next"); i++) {
                member.pressKeys(Keys.TAB);
            }
            assertThat(member.focusIsWithin("booking-next")).as("Tab reaches Volgende").isTrue();
            member.pressKeys(Keys.ENTER);

            step(member, 4, "Wanneer komt het u uit?");
            member.axe().assertNoSeriousOrCritical();
            bookedSlot = member.idOfFirst("#booking-slots vaadin-button");
            String slotLabel = member.attribute(bookedSlot, "aria-label");
            member.click(bookedSlot);
            member.waitForText("booking-slot-chosen", "Gekozen: " + slotLabel);
            member.click("booking-next");

            step(member, 5, "Hoe kunnen we u bereiken?");
            member.type("booking-given-name", "Marijke");
            member.type("booking-surname", surname);
            member.type("booking-email", address);
            member.click("booking-consent");
            member.axe().assertNoSeriousOrCritical();
            member.click("booking-next");
            step(member, 5, "Hoe kunnen we u bereiken?");
            assertThat(member.fieldError("booking-phone")).isEqualTo("Vul dit in.");
            assertThat(member.value("booking-given-name")).isEqualTo("Marijke");
            assertThat(member.value("booking-surname")).isEqualTo(surname);
            assertThat(member.value("booking-email")).isEqualTo(address);
            member.type("booking-phone", "030-6912345");
            member.click("booking-next");

            step(member, 6, "Klopt alles?");
            assertThat(member.text("summary-time")).isEqualTo(slotLabel);
            assertThat(member.text("summary-place")).isEqualTo("12, 3701 AB Zeist");
            assertThat(member.text("summary-mode")).isEqualTo("Bij u thuis");
            assertThat(member.text("summary-contact")).isEqualTo("Marijke " + surname + ", 030-6912345, " + address);
            assertThat(member.text("summary-topic")).startsWith("Ik wil hulp bij bezwaar");
            member.axe().assertNoSeriousOrCritical();
            member.zoom(2.0);
            assertThat(member.hasNoHorizontalScroll()).as("the summary at 200 %").isTrue();
            member.zoom(1.0);

            // "Wijzigen" goes back to a step with everything kept, and forward again to the summary.
            member.click("change-place");
            step(member, 2, "Waar woont u?");
            assertThat(member.value("booking-house-number")).isEqualTo("12");
            assertThat(member.value("booking-postcode")).as("kept, normalised on the server").isEqualTo("3701 AB");
            for (int next = 3; next <= 6; next++) {
                member.click("booking-next");
                member.waitForText("booking-step-counter", "Stap " + next + " van 6");
            }
            assertThat(member.text("summary-time")).isEqualTo(slotLabel);

            member.click("booking-send");
            member.waitForText("booking-done-heading", "Uw aanvraag is ontvangen");
            reference = member.text("booking-reference");
            assertThat(reference).matches("[A-Za-z0-9]{6,12}");
            assertThat(member.text("booking-time")).startsWith(capitalised(slotLabel)).endsWith("bij u thuis.");
            assertThat(member.text("booking-mailed")).contains("bevestiging per e-mail");
            assertThat(member.text("booking-done-phone")).isEqualTo("Vragen? Bel 030-6900000.");
            String link = member.href("booking-manage-link");
            assertThat(member.text("booking-manage-link")).isEqualTo(link);
            token = link.substring(link.lastIndexOf('/') + 1);
            assertThat(URI.create(link).getPath()).isEqualTo("/" + PAGE + "/afspraak/" + token);
            member.axe().assertNoSeriousOrCritical();
        }
        LocalDateTime booked = LocalDateTime.parse(bookedSlot, SLOT_ID);

        MimeMessage confirmation = TestMailServer.await(TestMailServer.to(address, "Bevestiging: uw afspraak met"), MAIL_WAIT);
        assertThat(confirmation.getSubject()).contains("Seniorenvereniging De Linde");
        String body = text(confirmation);
        assertThat(body).startsWith("Beste Marijke,").contains("Kenmerk: " + reference);
        String invitation = calendar(confirmation, "REQUEST");
        assertThat(start(invitation)).isEqualTo(booked);
        String uid = line(invitation, "UID");
        Matcher mailedLink = Pattern.compile("https?://\\S+/(" + PAGE + "/afspraak/\\S+)").matcher(body);
        assertThat(mailedLink.find()).as("the manage link in the mail").isTrue();
        assertThat(mailedLink.group(1)).isEqualTo(PAGE + "/afspraak/" + token);

        LocalDateTime movedTo;
        try (Browser member = new Browser(base, "nl-NL")) {
            member.open(mailedLink.group(1));
            member.waitForText("manage-title", "Uw afspraak");
            assertThat(member.text("manage-reference")).isEqualTo(reference);
            assertThat(member.text("manage-mode")).isEqualTo("Bij u thuis");
            assertThat(member.pageContains(surname)).as("nothing of the member but the appointment").isFalse();
            member.axe().assertNoSeriousOrCritical();
            member.click("manage-move");
            String newSlot = member.idOfFirst("#manage-slots vaadin-button");
            String newLabel = member.attribute(newSlot, "aria-label");
            member.click(newSlot);
            assertThat(member.text("manage-move-confirm")).isEqualTo("Verzetten naar " + newLabel);
            member.axe().assertNoSeriousOrCritical();
            member.click("manage-move-confirm");
            member.waitForText("manage-moved", "Uw afspraak is verzet");
            assertThat(member.text("manage-time")).isEqualTo(capitalised(newLabel));
            movedTo = LocalDateTime.parse(newSlot, SLOT_ID);
            assertThat(movedTo).isNotEqualTo(booked);

            MimeMessage update = TestMailServer.await(TestMailServer.to(address, "Gewijzigd: uw afspraak"), MAIL_WAIT);
            String updated = calendar(update, "REQUEST");
            assertThat(line(updated, "UID")).isEqualTo(uid);
            assertThat(line(updated, "SEQUENCE")).isEqualTo("1");
            assertThat(start(updated)).isEqualTo(movedTo);

            member.click("manage-cancel");
            member.confirm();
            member.waitForText("manage-cancelled", "Deze afspraak is afgezegd.");
            assertThat(member.exists("manage-move")).isFalse();
            member.axe().assertNoSeriousOrCritical();
            MimeMessage cancelled = TestMailServer.await(TestMailServer.to(address, "Geannuleerd: uw afspraak"), MAIL_WAIT);
            String cancel = calendar(cancelled, "CANCEL");
            assertThat(line(cancel, "METHOD")).isEqualTo("CANCEL");
            assertThat(line(cancel, "UID")).isEqualTo(uid);

            // The same secret on another organisation's page opens nothing, and says so kindly.
            member.open("boeken/samen-verder/afspraak/" + token);
            member.waitForText("manage-invalid", "Deze link werkt niet (meer)");
            assertThat(member.pageContains(reference)).isFalse();
            assertThat(member.text("manage-invalid-text")).contains("Bel ons gerust op");
            member.axe().assertNoSeriousOrCritical();

            member.open("boeken/bestaat-niet");
            member.waitForText("not-found", "Niet gevonden");
        }

        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn("coordinator@delinde.example", PASSWORD, null);
            coordinator.open("aanmeldingen");
            coordinator.waitForGridText("intake-queue", "Marijke " + surname);
            // ... and on the request, the member's own changes: moved once, then cancelled.
            coordinator.clickLink("Marijke " + surname);
            coordinator.waitForText("intake-appointments", "Geannuleerd door de cliënt, 1× verzet");
        }

        // That was this address's fifth booking this hour (see the class comment): a sixth is refused
        // with the advice to call, and everything typed stays.
        try (Browser member = new Browser(base, "nl-NL")) {
            member.open(PAGE);
            step(member, 1, "Waar gaat uw vraag over?");
            member.choose("booking-topic", "Iets anders");
            member.click("booking-next");
            place(member, "3701 AB", "3");
            member.choose("booking-mode", "Telefonisch");
            member.click("booking-next");
            step(member, 4, "Wanneer komt het u uit?");
            member.click("booking-call-back");
            member.click("booking-next");
            contact(member, "Sjaak", "Zesde-" + run, "030-6913333");
            step(member, 6, "Klopt alles?");
            member.click("booking-send");
            member.waitForText("booking-problem", "te veel aanvragen gedaan");
            assertThat(member.text("booking-problem")).contains("Bel ons alstublieft op 030-6900000");
            assertThat(member.text("summary-contact")).startsWith("Sjaak Zesde-" + run);
            assertThat(member.isShown("booking-done-heading")).isFalse();
        }
    }

    @Test
    @Order(1)
    void aTakenTimeOffersTheNextCallMeBackNeedsNoMailAndTheEnglishPageIsEnglish() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);

        try (Browser english = new Browser(base, "en-GB")) {
            english.open(PAGE);
            step(english, 1, "What is your question about?");
            english.waitForText("booking-step-counter", "Step 1 of 6");
            english.choose("booking-topic", "Something else");
            english.click("booking-next");
            step(english, 2, "Where do you live?");
            assertThat(english.text("booking-back")).isEqualTo("Back");
            english.click("booking-next");
            assertThat(english.fieldError("booking-postcode")).isEqualTo("Enter a postcode like 3701 AB.");
            // A postcode the reference list does not place: the member chooses the municipality.
            english.type("booking-postcode", "1012 AB");
            english.type("booking-house-number", "1");
            english.click("booking-next");
            assertThat(english.fieldError("booking-municipality-choice")).isEqualTo("Choose your municipality.");
            english.axe().assertNoSeriousOrCritical();
            english.pick("booking-municipality-choice", "Amsterdam");
            english.click("booking-next");
            step(english, 3, "How would you like to talk to the advisor?");
            assertThat(english.text("booking-office")).isEqualTo("Our office: Slotlaan 12, 3701 GB Zeist");
        }

        // Call me back, after a decision whose objection deadline has passed; no e-mail address.
        String caller = "Gerda" + run;
        try (Browser member = new Browser(base, "nl-NL")) {
            member.open(PAGE);
            step(member, 1, "Waar gaat uw vraag over?");
            member.choose("booking-topic", "Ik wil hulp bij bezwaar tegen een besluit");
            member.typeAndEnter("booking-decision-date", TYPED.format(LocalDate.now(AMSTERDAM).minusDays(70)));
            member.waitForText("booking-deadline-passed", "De termijn voor bezwaar is voorbij");
            assertThat(member.text("booking-deadline-passed")).contains("Wij helpen u toch").contains("030-6900000");
            member.axe().assertNoSeriousOrCritical();
            member.type("booking-question", "Mijn BSN is 111222333");
            member.click("booking-next");
            step(member, 1, "Waar gaat uw vraag over?");
            assertThat(member.fieldError("booking-question"))
                    .isEqualTo("Haal het burgerservicenummer (BSN) weg: dat hoeven wij niet te weten.");
            member.type("booking-question", "Mijn pgb is stopgezet.");
            member.click("booking-next");
            place(member, "3705 CD", "7");
            member.choose("booking-mode", "Telefonisch");
            member.click("booking-next");
            step(member, 4, "Wanneer komt het u uit?");
            member.click("booking-next");
            assertThat(member.text("booking-slot-message")).isEqualTo("Kies een tijd, of kies 'Bel mij terug'.");
            member.click("booking-call-back");
            member.waitForText("booking-slot-chosen", "Gekozen: wij bellen u terug.");
            member.click("booking-next");
            step(member, 5, "Hoe kunnen we u bereiken?");
            member.type("booking-phone", "12345");
            contact(member, caller, "Kuiper", null);
            step(member, 5, "Hoe kunnen we u bereiken?");
            assertThat(member.fieldError("booking-phone")).startsWith("Dit telefoonnummer klopt niet.");
            member.type("booking-phone", "06-12345678");
            member.click("booking-next");
            step(member, 6, "Klopt alles?");
            assertThat(member.text("summary-time")).isEqualTo("Wij bellen u terug om een tijd af te spreken");
            member.click("booking-send");
            member.waitForText("booking-done-heading", "Uw aanvraag is ontvangen");
            assertThat(member.text("booking-time")).isEqualTo("Wij bellen u terug om een afspraak te maken.");
            assertThat(member.text("booking-mailed")).startsWith("U krijgt geen e-mail.");
            assertThat(member.exists("booking-manage-link")).isFalse();
            member.axe().assertNoSeriousOrCritical();
        }
        assertThat(mailsMentioning(caller)).as("nothing queued for a member without e-mail").isZero();

        // Two members on the same time: the one who sends second is offered the next free time.
        try (Browser first = new Browser(base, "nl-NL"); Browser second = new Browser(base, "nl-NL")) {
            String slot = null;
            for (Browser member : new Browser[] {first, second}) {
                member.open(PAGE);
                step(member, 1, "Waar gaat uw vraag over?");
                member.choose("booking-topic", "Ik wil het verslag van het gesprek laten controleren");
                member.click("booking-next");
                place(member, "3701 GG", "112");
                member.choose("booking-mode", "Op ons kantoor");
                assertThat(member.text("booking-office")).isEqualTo("Ons kantoor: Slotlaan 12, 3701 GB Zeist");
                member.click("booking-next");
                step(member, 4, "Wanneer komt het u uit?");
                String first4 = member.idOfFirst("#booking-slots vaadin-button");
                slot = slot == null ? first4 : slot;
                member.click(slot);
                member.click("booking-next");
                contact(member, member == first ? "Hendrik" : "Johanna", "Taken-" + run, "030-6911111");
                step(member, 6, "Klopt alles?");
            }
            first.click("booking-send");
            first.waitForText("booking-done-heading", "Uw aanvraag is ontvangen");

            second.click("booking-send");
            second.waitForText("booking-slot-message", "Deze tijd is net door iemand anders gekozen");
            second.waitForText("booking-step-counter", "Stap 4 van 6");
            String offer = second.text("booking-take-next");
            assertThat(offer).startsWith("Neem ");
            second.axe().assertNoSeriousOrCritical();
            second.click("booking-take-next");
            step(second, 6, "Klopt alles?");
            assertThat("Neem " + second.text("summary-time")).isEqualTo(offer);
            assertThat(second.text("summary-contact")).as("nothing typed is lost").startsWith("Johanna Taken-" + run);
            second.click("booking-send");
            second.waitForText("booking-done-heading", "Uw aanvraag is ontvangen");
            assertThat(second.text("booking-reference")).isNotEqualTo(first.text("booking-reference"));
        }
    }

    private static void step(Browser browser, int number, String heading) {
        browser.waitForText("booking-step-heading", heading);
        assertThat(browser.text("booking-step-counter")).isIn("Stap " + number + " van 6", "Step " + number + " of 6");
    }

    private static void place(Browser member, String postcode, String number) {
        step(member, 2, "Waar woont u?");
        member.type("booking-postcode", postcode);
        member.type("booking-house-number", number);
        member.waitForText("booking-municipality", "Gemeente: Zeist");
        member.click("booking-next");
        step(member, 3, "Hoe wilt u de adviseur spreken?");
    }

    private static void contact(Browser member, String given, String surname, String phone) {
        step(member, 5, "Hoe kunnen we u bereiken?");
        member.type("booking-given-name", given);
        member.type("booking-surname", surname);
        if (phone != null) {
            member.type("booking-phone", phone);
        }
        member.click("booking-consent");
        member.click("booking-next");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return parts.getBodyPart(i).getContent().toString().replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no text part");
    }

    /** The calendar part, checked to be text/calendar with this method, as text. */
    private static String calendar(MimeMessage message, String method) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            ContentType type = new ContentType(part.getContentType());
            if (type.getBaseType().equalsIgnoreCase("text/calendar")) {
                assertThat(type.getParameter("method")).isEqualTo(method);
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "").replace("\r\n", "\n");
                }
            }
        }
        throw new AssertionError("no calendar part");
    }

    /** The event's start as a clock in Amsterdam shows it, read by ical4j. */
    private static LocalDateTime start(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        VEvent event = calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        return Instant.from(event.getStartDate().orElseThrow().getDate()).atZone(AMSTERDAM).toLocalDateTime();
    }

    private static String line(String ics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(;[^:]*)?:(.*)$").matcher(ics);
        assertThat(m.find()).as(name + " in the calendar").isTrue();
        return m.group(2).strip();
    }

    private static int mailsMentioning(String text) throws Exception {
        try (Connection c = JourneyDatabase.connect();
             PreparedStatement query = c.prepareStatement(
                     "select count(*) from mail_outbox where body_text like ? or recipient_name like ?")) {
            query.setString(1, "%" + text + "%");
            query.setString(2, "%" + text + "%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

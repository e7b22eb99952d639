package nl.tafelgenoot.domain.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.mail.CalendarAttachment;
import nl.tafelgenoot.domain.mail.MailSettings;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.PortalLinks;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.shared.Texts;

/**
 * The member's mails about an appointment, in Dutch, each with an iCalendar part so their
 * calendar follows: the confirmation and every move carry the invitation (same UID, a higher
 * SEQUENCE each time), a cancellation a CANCEL; the day before, a reminder. Mail goes only to a
 * member who gave an address, through the organisation's outbox. Also writes the request's
 * question as the coordinator reads it in the queue.
 */
@ApplicationScoped
public class BookingMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("nl.tafelgenoot.domain.booking.BookingTexts",
            DUTCH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);
    private static final String NO_REPLY = "noreply@tafelgenoot.nl";

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** Street and house number as one address line, or just what was given. */
    public static String address(String street, String houseNumber) {
        String line = ((street == null ? "" : street.strip()) + " " + (houseNumber == null ? "" : houseNumber.strip())).strip();
        return line.isEmpty() ? null : line;
    }

    /** The request's question: the member's own words, or the topic, with the objection deadline and the wish to be called. */
    String question(BookingForm form, ObjectionCheck objection) {
        StringBuilder question = new StringBuilder(format("question.intro", text("topic." + form.topic()),
                text("mode." + form.mode())));
        String own = Texts.clean(form.question());
        if (own != null) {
            question.append('\n').append(own);
        }
        if (objection != null) {
            question.append('\n').append(format("question.objection", form.decisionDate().format(DAY),
                    objection.deadline().date().format(DAY), objection.deadline().ruleId()));
        }
        if (form.callMeBack()) {
            question.append('\n').append(text("question.callBack"));
        }
        return question.toString();
    }

    /** Queues the confirmation with the invitation and the manage link; false when the member gave no address. */
    boolean confirmation(Organisation organisation, Appointment appointment, String token) {
        return send(organisation, appointment, "confirmation", token, false);
    }

    /** After a move: the updated invitation; a new manage link when staff moved it (the member's old one then stops). */
    boolean update(Organisation organisation, Appointment appointment, String token) {
        return send(organisation, appointment, "update", token, false);
    }

    boolean cancellation(Organisation organisation, Appointment appointment) {
        return send(organisation, appointment, "cancellation", null, true);
    }

    /** The reminder the day before, once per appointment and day. */
    boolean reminder(Organisation organisation, Appointment appointment) {
        IntakeRequest request = appointment.getRequest();
        if (request.getEmail() == null) {
            return false;
        }
        return outbox.queue("appointment-reminder:" + appointment.getPublicId() + ":" + day(appointment),
                Recipient.of(request.getEmail(), name(request)), format("reminder.subject", organisation.getName(),
                        day(appointment), time(appointment)),
                body(organisation, appointment, "reminder", null));
    }

    private boolean send(Organisation organisation, Appointment appointment, String kind, String token, boolean cancel) {
        IntakeRequest request = appointment.getRequest();
        if (request.getEmail() == null) {
            return false;
        }
        Invitation invitation = new Invitation(entry(organisation, appointment), organisation.getName(), organiser(),
                name(request), request.getEmail());
        CalendarAttachment calendar = cancel
                ? new CalendarAttachment("CANCEL", AppointmentCalendar.cancel(invitation, clock.instant()))
                : new CalendarAttachment("REQUEST", AppointmentCalendar.request(invitation, clock.instant()));
        return outbox.queue("appointment-" + kind + ":" + appointment.getPublicId() + ":" + appointment.getSequence(),
                Recipient.of(request.getEmail(), name(request)),
                format(kind + ".subject", organisation.getName(), day(appointment), time(appointment)),
                body(organisation, appointment, kind, token), calendar);
    }

    /** The appointment as calendars show it (also the advisors' feed). */
    CalendarEntry entry(Organisation organisation, Appointment appointment) {
        return new CalendarEntry(appointment.calendarUid(), appointment.getSequence(), appointment.getStartsAt(),
                appointment.getEndsAt(), format("calendar.summary", organisation.getName(),
                text("mode." + appointment.getMode())), location(organisation, appointment),
                format("calendar.description", appointment.getPublicId(), phone(organisation)));
    }

    private String body(Organisation organisation, Appointment appointment, String kind, String token) {
        IntakeRequest request = appointment.getRequest();
        String link = token == null ? "" : format("link", PortalLinks.to("boeken/" + organisation.getSlug()
                + "/afspraak/" + token));
        return format(kind + ".body", request.getGivenName(), organisation.getName(), day(appointment),
                time(appointment), text("mode." + appointment.getMode()), location(organisation, appointment),
                appointment.getPublicId(), link, phone(organisation))
                + "\n\n" + text("footer");
    }

    private String location(Organisation organisation, Appointment appointment) {
        IntakeRequest request = appointment.getRequest();
        return switch (appointment.getMode()) {
            case HOME_VISIT -> String.join(", ", nonNull(request.getAddress()), nonNull(request.getPostcode()),
                    nonNull(request.getMunicipality())).replaceAll("(, )+", ", ").replaceAll("^, |, $", "");
            case PHONE -> format("location.phone", request.getPhone());
            case OFFICE -> organisation.getOfficeAddress() == null ? organisation.getName() : organisation.getOfficeAddress();
        };
    }

    private String organiser() {
        return settings.isConfigured() ? settings.from() : NO_REPLY;
    }

    private String phone(Organisation organisation) {
        return organisation.getPhone() == null ? text("phone.none") : organisation.getPhone();
    }

    private static String day(Appointment appointment) {
        return appointment.getStartsAt().atZone(SlotSearch.ZONE).format(DAY);
    }

    private static String time(Appointment appointment) {
        return appointment.getStartsAt().atZone(SlotSearch.ZONE).format(TIME);
    }

    private static String name(IntakeRequest request) {
        return Client.fullName(request.getGivenName(), request.getSurnamePrefix(),
                request.getSurname());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static String text(String key) {
        return TEXTS.getString(key);
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(text(key), DUTCH).format(arguments);
    }
}

package nl.tafelgenoot.domain.booking;

import java.time.Instant;
import java.time.LocalDate;
import nl.tafelgenoot.domain.intake.IntakeTopic;

/**
 * What a member filled in on the booking page, step by step. {@code slotStart} is null when they
 * asked to be called back; {@code decisionDate} is only asked for help with an objection.
 */
public record BookingForm(IntakeTopic topic, LocalDate decisionDate, String question,
                          String postcode, String houseNumber, String street, String municipality,
                          MeetingMode mode, Instant slotStart,
                          String givenName, String surnamePrefix, String surname, String phone, String email,
                          boolean consent) {

    public boolean callMeBack() {
        return slotStart == null;
    }
}

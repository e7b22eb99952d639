package nl.tafelgenoot.domain.booking;

import java.time.ZonedDateTime;

/**
 * The answer to a booking: the reference the member can quote on the phone, the appointment's
 * time (null for "call me back"), and the personal manage link's secret — shown once on screen
 * and mailed when the member gave an address; never stored in plain.
 */
public record Booked(String reference, ZonedDateTime start, ZonedDateTime end, MeetingMode mode, String manageToken,
                     boolean mailed) {

    public boolean callMeBack() {
        return start == null;
    }
}

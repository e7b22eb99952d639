package nl.tafelgenoot.domain.booking;

import java.util.Objects;

/**
 * Who sends the invitation and who gets it. The organiser is the organisation (its mail address,
 * so that replies reach the organisation and not an advisor's private box); the attendee is the
 * member who booked. Names may be null; without an attendee address the invitation has no
 * ATTENDEE line.
 */
public record Invitation(CalendarEntry entry, String organiserName, String organiserAddress, String attendeeName,
                         String attendeeAddress) {

    public Invitation {
        Objects.requireNonNull(entry, "entry");
        if (organiserAddress == null || organiserAddress.isBlank()) {
            throw new IllegalArgumentException("an invitation needs the organiser's address");
        }
        organiserAddress = organiserAddress.strip();
        attendeeAddress = attendeeAddress == null || attendeeAddress.isBlank() ? null : attendeeAddress.strip();
    }
}

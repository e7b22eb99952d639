package nl.tafelgenoot.domain.booking;

/** Where an appointment takes place; only a home visit needs travel time around it. */
public enum MeetingMode {
    HOME_VISIT,
    PHONE,
    OFFICE
}

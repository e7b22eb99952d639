package nl.tafelgenoot.domain.booking;

/** A cancelled appointment is kept (the request's history, the calendar's CANCEL) but blocks no time. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED
}

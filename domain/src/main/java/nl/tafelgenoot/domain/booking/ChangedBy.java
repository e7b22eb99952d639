package nl.tafelgenoot.domain.booking;

/** Who moved or cancelled an appointment: the member through their link, or the organisation's staff. */
public enum ChangedBy {
    MEMBER,
    STAFF
}

package nl.tafelgenoot.domain.organisations;

/**
 * What happens to an online booking: a coordinator looks at it first (links or registers the
 * client, then offers it), or the advisor of the appointment is asked at once when the member is
 * clearly a new client. Either way the booking is an intake request in the queue.
 */
public enum BookingConfirmation {
    COORDINATOR_FIRST,
    ADVISOR_DIRECTLY
}

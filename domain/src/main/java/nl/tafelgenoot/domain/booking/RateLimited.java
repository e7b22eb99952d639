package nl.tafelgenoot.domain.booking;

/** Too many bookings or manage-link attempts from one address: try again later. */
public class RateLimited extends RuntimeException {

    public RateLimited() {
        super("rate limited");
    }
}

package nl.tafelgenoot.domain.mail;

/**
 * Who a mail goes to: an address, the name shown with it (may be null), and the account it was
 * meant for when the recipient is one of the portal's users (null for anyone else).
 */
public record Recipient(String address, String name, Long accountId) {

    /** Someone without an account of the portal. */
    public static Recipient of(String address, String name) {
        return new Recipient(address, name, null);
    }

    /** A user of the portal, so the outbox can tell whom a reminder was for. */
    public static Recipient account(long accountId, String address, String name) {
        return new Recipient(address, name, accountId);
    }
}

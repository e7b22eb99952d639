package nl.tafelgenoot.domain.shared;

/**
 * The portal itself as the one who acted, for work no person did: a daily job that opens or
 * closes a task by rule. Stored where an account id is expected; no account ever has this id
 * (database ids start at 1), so screens can name it "the portal" instead of a person.
 */
public final class SystemActor {

    public static final long ACCOUNT_ID = 0L;

    private SystemActor() {
    }

    public static boolean is(long accountId) {
        return accountId == ACCOUNT_ID;
    }
}

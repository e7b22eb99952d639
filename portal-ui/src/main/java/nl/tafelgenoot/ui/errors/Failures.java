package nl.tafelgenoot.ui.errors;

/** Looks through the wrappers the container puts around an exception (transactions, EJB, CDI). */
public final class Failures {

    private Failures() {
    }

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

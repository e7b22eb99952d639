package nl.tafelgenoot.ui.errors;

/** Looks through the wrappers the container puts around an exception (transactions, EJB, CDI). */
public final class Failures {

    private Failures() {
    }

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type).isPresent();
    }

    /** The first exception of the type in the chain of causes. */
    public static <T extends Throwable> java.util.Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return java.util.Optional.of(type.cast(t));
            }
        }
        return java.util.Optional.empty();
    }
}

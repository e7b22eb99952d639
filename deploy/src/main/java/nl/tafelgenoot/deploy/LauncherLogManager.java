package nl.tafelgenoot.deploy;

import java.util.logging.LogManager;

/**
 * A {@link LogManager} that keeps logging during the launcher's shutdown hook.
 *
 * <p>The JDK's LogManager closes all handlers from a shutdown hook of its own, which runs at the
 * same time as the launcher's hook, so "stopping Payara" and "database stopped" would often be
 * lost exactly when an operator wants to see them. This manager ignores that reset; the launcher
 * calls {@link #resetFinally()} when its hook is done.
 *
 * <p>Installed through the {@code java.util.logging.manager} system property by
 * {@link Logging#configure()}, before the first logger exists.
 */
public final class LauncherLogManager extends LogManager {

    private volatile boolean closing;

    @Override
    public void reset() {
        if (closing || !inShutdown()) {
            super.reset();
        }
    }

    /** Closes the handlers after the launcher's own shutdown work. */
    void resetFinally() {
        closing = true;
        reset();
    }

    private static boolean inShutdown() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }
}

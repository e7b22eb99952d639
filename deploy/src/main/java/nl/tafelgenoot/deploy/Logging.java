package nl.tafelgenoot.deploy;

import java.util.logging.LogManager;

/**
 * One-line log records, and logging that lasts through shutdown.
 *
 * <p>Must run before any {@link java.util.logging.Logger} is created, which is why
 * {@link Launcher} calls it from a static initialiser placed before its logger field.
 * Settings given on the command line ({@code -Djava.util.logging...}) are kept.
 */
final class Logging {

    private Logging() {
    }

    static void configure() {
        System.getProperties().putIfAbsent("java.util.logging.manager", LauncherLogManager.class.getName());
        System.getProperties().putIfAbsent("java.util.logging.SimpleFormatter.format",
                "%1$tT %4$s [%3$s] %5$s%6$s%n");
    }

    /** Lets the log handlers close now that the launcher's shutdown work is done. */
    static void closeAfterShutdown() {
        if (LogManager.getLogManager() instanceof LauncherLogManager manager) {
            manager.resetFinally();
        }
    }
}

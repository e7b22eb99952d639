package nl.tafelgenoot.ui.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One SMTP server (GreenMail, on a free port) for the whole failsafe run, started before any
 * Payara Micro: the journeys' mail portal ({@link PortalKind#MAIL}) sends to it through
 * {@value #PORT}, so journeys can read what a member really receives. Only in the failsafe run
 * (which sets {@code payara.microJar}); no other portal has a mail server configured.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String PORT = "tafelgenoot.test.smtp.port";

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null || server != null) {
            return;
        }
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        System.setProperty(PORT, String.valueOf(server.getSmtp().getPort()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received so far. */
    public static List<MimeMessage> received() {
        if (server == null) {
            throw new IllegalStateException("no test mail server in this run");
        }
        return Arrays.asList(server.getReceivedMessages());
    }

    /**
     * Waits (polling, up to the deadline) for a received message that matches, e.g. by recipient
     * and subject; in the mail portal the send job runs every 5 seconds.
     */
    public static MimeMessage await(Predicate<MimeMessage> wanted, Duration deadline) {
        Instant until = Instant.now().plus(deadline);
        while (true) {
            Optional<MimeMessage> found = received().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such mail within " + deadline + "; received: " + subjects());
            }
            server.waitForIncomingEmail(2000, received().size() + 1);
        }
    }

    /** Whether the message goes to this address and its subject starts so. */
    public static Predicate<MimeMessage> to(String address, String subjectStart) {
        return message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address))
                        && message.getSubject() != null && message.getSubject().startsWith(subjectStart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static List<String> subjects() {
        return received().stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                return "?";
            }
        }).toList();
    }
}

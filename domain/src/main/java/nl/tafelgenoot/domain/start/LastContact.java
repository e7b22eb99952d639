package nl.tafelgenoot.domain.start;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * When there was last contact on a case, and whether the case has gone quiet. The portal does not
 * see phone calls or visits that nobody wrote down, so "last contact" is the latest trace of work
 * on the case that the portal records:
 * <ul>
 *   <li>a note written or edited on the case;</li>
 *   <li>the interview (keukentafelgesprek) held, by its recorded date, when that is not in the future;</li>
 *   <li>a task on the case ticked off by a person (tasks the portal closed by itself do not count);</li>
 *   <li>the report check recorded or changed;</li>
 *   <li>the case opened (so a new case is not flagged before anyone could act).</li>
 * </ul>
 * A case is quiet when that day lies {@value #QUIET_AFTER_DAYS} days or more before today.
 * Days are Amsterdam calendar days. Pure, so the start page and its tests agree.
 */
public final class LastContact {

    public static final int QUIET_AFTER_DAYS = 14;

    private LastContact() {
    }

    /** The latest day of contact; {@code moments} may hold nulls (no note, no task done, ...). */
    public static LocalDate of(ZoneId zone, LocalDate today, Instant openedAt, LocalDate interviewOn,
                               Instant... moments) {
        LocalDate latest = openedAt == null ? LocalDate.MIN : LocalDate.ofInstant(openedAt, zone);
        if (interviewOn != null && !interviewOn.isAfter(today) && interviewOn.isAfter(latest)) {
            latest = interviewOn;
        }
        return Stream.concat(Stream.of(latest), Stream.of(moments).filter(Objects::nonNull)
                        .map(m -> LocalDate.ofInstant(m, zone)))
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** Whether nothing happened on the case for {@value #QUIET_AFTER_DAYS} days or more. */
    public static boolean isQuiet(LocalDate lastContact, LocalDate today) {
        return daysSince(lastContact, today) >= QUIET_AFTER_DAYS;
    }

    public static long daysSince(LocalDate lastContact, LocalDate today) {
        return ChronoUnit.DAYS.between(lastContact, today);
    }
}

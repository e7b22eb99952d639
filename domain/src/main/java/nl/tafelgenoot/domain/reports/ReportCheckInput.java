package nl.tafelgenoot.domain.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * What an advisor records when checking the report: the differences found, and whether the
 * client signed it, responded to it, or neither yet. {@code version} is the version of the check
 * the screen started from, or {@link #NEW} when there was none; a check changed since is refused.
 */
public record ReportCheckInput(long version, SignedStatus status, LocalDate signedOn, LocalDate respondedOn,
                               boolean extraConversationAsked, List<Difference> differences) {

    public static final long NEW = -1;

    public ReportCheckInput {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** One difference: what the report says, and what was said or agreed instead (optional). */
    public record Difference(String reportSays, String saidOrAgreed) {
    }
}

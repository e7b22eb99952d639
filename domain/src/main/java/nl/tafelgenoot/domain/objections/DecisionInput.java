package nl.tafelgenoot.domain.objections;

import java.time.LocalDate;

/**
 * What the advisor enters about the municipality's decision on the application. The application
 * date is the case's own (it drives W5 there too); a notice of default may be entered while the
 * decision is still awaited.
 *
 * @param version the version read, {@link #NEW} when there was no decision yet
 */
public record DecisionInput(long version, LocalDate applicationOn, LocalDate decidedOn, LocalDate dispatchedOn,
                            String municipalityReference, DecisionOutcome outcome, String provisions,
                            boolean objectionClause, LocalDate defaultSentOn, LocalDate defaultReceivedOn) {

    public static final long NEW = -1;
}

package nl.tafelgenoot.domain.letters;

import java.time.LocalDate;

/**
 * What a notice of default is about: the request the municipality did not decide on in time, when
 * it was made and the decision term that passed (W5 or A5 of DOMAIN.md). Subject and reference are
 * printed when known.
 */
public record LateDecision(Request request, LocalDate submittedOn, LocalDate deadlinePassed, String subject,
                           String reference) {

    /** What was not decided on: an application (aanvraag) or an objection (bezwaar). */
    public enum Request {
        APPLICATION,
        OBJECTION
    }

    public LateDecision {
        request = request == null ? Request.APPLICATION : request;
    }
}

package nl.tafelgenoot.domain.letters;

import java.time.LocalDate;

/**
 * The decision an objection is about, as Awb 6:5 lid 1 sub c wants it described: its date and the
 * municipality's reference; the dispatch date and the subject (the provisions it names) are
 * printed when known.
 */
public record DecisionReference(LocalDate decisionDate, LocalDate dispatchDate, String reference, String subject) {
}

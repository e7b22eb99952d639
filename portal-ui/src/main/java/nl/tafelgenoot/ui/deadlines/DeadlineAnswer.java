package nl.tafelgenoot.ui.deadlines;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.tafelgenoot.domain.deadlines.ComputedDate;

/**
 * The answer of {@code GET /api/deadlines/{rule}}, in a fixed order and shape:
 * {@code {"rule":"A1","from":"2025-03-03","deadline":"2025-04-14","article":"Awb 6:7, 6:8","shiftedFrom":null}}.
 *
 * @param article     the rule's law articles as DOMAIN.md writes them; empty for W3, which is practice
 * @param shiftedFrom the date without the Algemene termijnenwet when it moved the deadline, else null
 *                    (written as null, not left out)
 */
@JsonbPropertyOrder({"rule", "from", "deadline", "article", "shiftedFrom"})
public record DeadlineAnswer(String rule, LocalDate from, LocalDate deadline, String article,
                             @JsonbNillable LocalDate shiftedFrom) {

    static DeadlineAnswer of(LocalDate from, ComputedDate computed) {
        return new DeadlineAnswer(computed.ruleId(), from, computed.date(), computed.articles(),
                computed.movedByAtw() ? computed.nominalDate() : null);
    }
}

package nl.tafelgenoot.ui.notes;

import java.util.function.Function;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.tasks.TaskSource;

/**
 * The text a task shows. A person's agreement shows what they typed; a task the portal made
 * (chasing the report, watching a deadline) shows the screen's own text in the reader's language, not the stored one.
 */
public final class TaskTexts {

    private TaskTexts() {
    }

    public static String what(TaskSource source, String stored, Function<String, String> translate) {
        return switch (source) {
            case REPORT_CHASE -> translate.apply("tasks.chase.what");
            case DEADLINE -> deadline(stored, translate);
            case AGREEMENT -> stored;
        };
    }

    /** A deadline task stores its rule's name: it shows what the rule asks, with the rule id. */
    private static String deadline(String rule, Function<String, String> translate) {
        try {
            DeadlineRule watched = DeadlineRule.valueOf(rule);
            return translate.apply("deadlineRule." + watched.name()) + " (" + watched.ruleId() + ")";
        } catch (IllegalArgumentException unknown) {
            return rule;
        }
    }
}

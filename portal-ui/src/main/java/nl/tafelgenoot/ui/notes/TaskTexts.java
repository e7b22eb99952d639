package nl.tafelgenoot.ui.notes;

import java.util.function.Function;
import nl.tafelgenoot.domain.tasks.TaskSource;

/**
 * The text a task shows. A person's agreement shows what they typed; a task the portal made
 * (chasing the report) shows the screen's own text in the reader's language, not the stored one.
 */
public final class TaskTexts {

    private TaskTexts() {
    }

    public static String what(TaskSource source, String stored, Function<String, String> translate) {
        return source == TaskSource.REPORT_CHASE ? translate.apply("tasks.chase.what") : stored;
    }
}

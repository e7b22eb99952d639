package nl.tafelgenoot.ui.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the browser journeys after every other test class. Their shared portals live until the run
 * ends, and the mail portal's send job claims any waiting mail in the test database: an
 * in-container outbox test running meanwhile would find its mail taken by that other node.
 */
public final class JourneysLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(d -> d.getTestClass().getPackageName()
                .endsWith(".journeys")));
    }
}

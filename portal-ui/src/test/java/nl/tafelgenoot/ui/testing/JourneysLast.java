package nl.tafelgenoot.ui.testing;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the classes that use a {@link SharedPortal} (the browser journeys and the public
 * calculator) after the in-container tests. The shared portals live until the run ends, and the
 * mail portal's send job claims any waiting mail in the test database: an in-container outbox
 * test running meanwhile would find its mail taken by that other node.
 */
public final class JourneysLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(d -> usesSharedPortal(d.getTestClass())));
    }

    private static boolean usesSharedPortal(Class<?> test) {
        ExtendWith extensions = test.getAnnotation(ExtendWith.class);
        return extensions != null && Arrays.asList(extensions.value()).contains(SharedPortal.class);
    }
}

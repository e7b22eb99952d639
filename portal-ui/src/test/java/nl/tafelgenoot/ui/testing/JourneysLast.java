package nl.tafelgenoot.ui.testing;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the classes that use a {@link SharedPortal} (the browser journeys and the public
 * calculator) after the in-container tests. The shared portals, once started, live until the run
 * ends: started early they would take the two cores from the in-container Payara Micro and its
 * tests for the whole of that part of the run.
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

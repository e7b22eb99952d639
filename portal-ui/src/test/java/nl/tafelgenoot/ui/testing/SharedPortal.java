package nl.tafelgenoot.ui.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URL;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives browser journeys a running portal that all of them share, instead of a Payara Micro per
 * test class as Arquillian starts one. A journey tests the packaged WAR from outside, as a user
 * does, so nothing of the test needs to be inside it; and each start costs about half a minute on
 * two cores, two dozen times over. (In-container tests stay with Arquillian: their classes go into
 * the WAR.) A journey class says {@code @ExtendWith(SharedPortal.class)} and has a field
 * {@code @SharedPortal.Url URL base}. A portal starts at its first use and stops when the run
 * ends, through JUnit's root store; journeys already make their own people and clients, so they do
 * not disturb each other.
 */
public final class SharedPortal implements TestInstancePostProcessor {

    private static final ExtensionContext.Namespace PORTALS = ExtensionContext.Namespace.create(SharedPortal.class);

    /** The field that receives the base URL of the portal (ending in "/"). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Url {
        PortalKind value() default PortalKind.PLAIN;
    }

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Url wanted = field.getAnnotation(Url.class);
                if (wanted != null) {
                    RunningPortal portal = context.getRoot().getStore(PORTALS)
                            .getOrComputeIfAbsent(wanted.value(), kind -> RunningPortal.start((PortalKind) kind),
                                    RunningPortal.class);
                    field.setAccessible(true);
                    field.set(test, portal.url());
                }
            }
        }
    }
}

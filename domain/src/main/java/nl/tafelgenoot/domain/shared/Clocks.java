package nl.tafelgenoot.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in the zone every legal date is computed in. Tests replace
 * it by constructing services with a fixed clock.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}

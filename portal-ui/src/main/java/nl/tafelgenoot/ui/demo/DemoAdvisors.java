package nl.tafelgenoot.ui.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileRepository;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The demo advisors' profiles, written inside each organisation's tenant: active advisors with
 * regions, expertise and hours, so proposals have something to rank — and at De Linde one whose
 * VOG has expired and one who is away this week, so the warnings show.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DemoAdvisors {

    @Inject
    AdvisorProfileRepository profiles;

    @Inject
    Clock clock;

    /** A demo profile: who, where, what, languages, maximum, one weekly slot, VOG age in months, away in days. */
    record Demo(long accountId, Set<String> municipalities, Set<String> areas, Set<Expertise> expertise,
                Set<String> languages, int max, DayOfWeek day, int vogMonthsAgo, Integer awayInDays) {
    }

    public Void add(List<Demo> demos) {
        LocalDate today = LocalDate.now(clock);
        for (Demo d : demos) {
            AdvisorProfile profile = new AdvisorProfile(d.accountId());
            List<Absence> away = d.awayInDays() == null ? List.of()
                    : List.of(new Absence(today.plusDays(d.awayInDays()), today.plusDays(d.awayInDays() + 13L), "Vakantie"));
            profile.update(new ProfileInput(AdvisorStatus.ACTIVE, d.municipalities(), d.areas(), d.expertise(),
                    d.languages(), d.max(), List.of(new WeeklySlot(d.day(), LocalTime.of(9, 0), LocalTime.of(12, 30))),
                    away, today.minusMonths(d.vogMonthsAgo())));
            profiles.add(profile);
        }
        return null;
    }
}

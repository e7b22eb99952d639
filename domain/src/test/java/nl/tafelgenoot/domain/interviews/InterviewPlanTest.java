package nl.tafelgenoot.domain.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewPlanTest {

    @ParameterizedTest
    @CsvSource({"AT_HOME,false", "COMMUNITY_CENTRE,false", "TOWN_HALL,false", "BY_PHONE,true", "IN_WRITING,true"})
    void byPhoneOrInWritingRemindsOfTheRightToAPersonalConversation(InterviewPlace place, boolean reminds) {
        InterviewPlan plan = new InterviewPlan(new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist",
                "Hulp", Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 3, 2)));
        plan.setPlace(place);
        assertThat(plan.remindsOfPersonalConversation()).isEqualTo(reminds);
    }
}

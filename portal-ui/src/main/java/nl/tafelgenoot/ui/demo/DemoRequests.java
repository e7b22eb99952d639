package nl.tafelgenoot.ui.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeRequestRepository;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * A filled intake queue for the demo, inside the organisation's tenant: a request waiting four
 * days, an urgent objection from yesterday, and (when an advisor is given) one already offered to
 * that advisor, so their start page asks for an answer.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DemoRequests {

    @Inject
    IntakeRequestRepository requests;

    @Inject
    ClientRepository clients;

    @Inject
    Clock clock;

    /** A demo request: who called, about what, where, how long ago, whether urgent. */
    record Demo(String givenName, String surname, String phone, String postcode, String municipality, IntakeTopic topic,
                Set<Expertise> expertise, String question, int daysAgo, boolean urgent) {
    }

    public Void add(long coordinatorId, Long offeredTo, Demo waiting, Demo urgent, Demo offered) {
        Instant now = clock.instant();
        requests.add(request(waiting, coordinatorId, now));
        requests.add(request(urgent, coordinatorId, now));
        if (offeredTo != null) {
            IntakeRequest request = request(offered, coordinatorId, now);
            Client client = new Client(offered.givenName(), null, offered.surname());
            client.setPhone(offered.phone());
            client.setPostcode(offered.postcode());
            client.setMunicipality(offered.municipality());
            client.register(clients.highestNumber() + 1, coordinatorId, now);
            request.linkClient(clients.add(client));
            request.offer(offeredTo, coordinatorId, now.minus(Duration.ofHours(20)));
            requests.add(request);
        }
        return null;
    }

    private static IntakeRequest request(Demo d, long coordinatorId, Instant now) {
        IntakeRequest request = new IntakeRequest();
        request.setTopic(d.topic());
        request.setGivenName(d.givenName());
        request.setSurname(d.surname());
        request.setPhone(d.phone());
        request.setPostcode(d.postcode());
        request.setMunicipality(d.municipality());
        request.setExpertise(d.expertise());
        request.setQuestion(d.question());
        request.setUrgent(d.urgent());
        request.receive(coordinatorId, now.minus(Duration.ofDays(d.daysAgo())));
        return request;
    }
}

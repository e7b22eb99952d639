package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.people.InvitationPurpose;
import nl.tafelgenoot.domain.people.StaffInvitation;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.accounts.JpaAccountRepository;
import nl.tafelgenoot.persistence.people.JpaInvitationRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invitations are global (like the accounts they lead to) and name their organisation: an
 * invitation of A is never found, listed or withdrawn through B's queries; the people list of B
 * holds no member of A only; a confidential outbox mail keeps its flag through the database.
 */
class PeopleIsolationTest extends DatabaseTest {

    private TenantId a;
    private TenantId b;
    private long invitationOfA;
    private final String tokenOfA = ManageTokens.next();

    @BeforeAll
    void anInvitationAndAMemberOfA() {
        a = newOrganisation("people-a");
        b = newOrganisation("people-b");
        invitationOfA = withoutTenant(em -> new JpaInvitationRepository(em).add(StaffInvitation.invite(a.value(),
                "nieuw@people-a.example", "Nieuw", Set.of(Role.ADVISOR), ManageTokens.hash(tokenOfA), 1,
                Instant.now())).getId());
        withoutTenant(em -> {
            Account member = new Account("lid@people-a.example", "Lid van A", "-");
            member.join(a, Role.COORDINATOR);
            return new JpaAccountRepository(em).add(member);
        });
    }

    @Test
    void anInvitationOfAIsNotFoundUnderB() {
        withoutTenant(em -> {
            var invitations = new JpaInvitationRepository(em);
            assertThat(invitations.find(a.value(), invitationOfA)).isPresent();
            assertThat(invitations.find(b.value(), invitationOfA)).isEmpty();
            assertThat(invitations.open(a.value(), InvitationPurpose.INVITE)).extracting(StaffInvitation::getId)
                    .containsExactly(invitationOfA);
            assertThat(invitations.open(b.value(), InvitationPurpose.INVITE)).isEmpty();
            return null;
        });
    }

    @Test
    void theLinkItselfNamesItsOrganisation() {
        withoutTenant(em -> {
            var found = new JpaInvitationRepository(em).findByTokenHash(ManageTokens.hash(tokenOfA)).orElseThrow();
            assertThat(found.getOrganisationId()).isEqualTo(a.value());
            assertThat(found.isUsableFor(b.value(), Instant.now())).isFalse();
            assertThat(new JpaInvitationRepository(em).findByTokenHash(ManageTokens.hash(ManageTokens.next()))).isEmpty();
            return null;
        });
    }

    @Test
    void theMembersOfAAreNotBs() {
        withoutTenant(em -> {
            var accounts = new JpaAccountRepository(em);
            assertThat(accounts.members(a)).extracting(Account::getEmail).contains("lid@people-a.example");
            assertThat(accounts.members(b)).isEmpty();
            return null;
        });
    }

    @Test
    void aConfidentialMailStaysConfidential() {
        long id = asTenant(a, em -> {
            OutboxMail mail = new OutboxMail("people:test", Recipient.of("x@people-a.example", "X"), "S", "link",
                    Instant.now());
            mail.markConfidential();
            em.persist(mail);
            em.flush();
            return mail.getId();
        });
        asTenant(a, em -> {
            OutboxMail read = em.find(OutboxMail.class, id);
            assertThat(read.isConfidential()).isTrue();
            assertThat(read.bodyForReaders()).isEmpty();
            return null;
        });
    }
}

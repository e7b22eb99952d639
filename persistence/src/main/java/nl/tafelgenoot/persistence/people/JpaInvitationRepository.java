package nl.tafelgenoot.persistence.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.people.InvitationPurpose;
import nl.tafelgenoot.domain.people.InvitationRepository;
import nl.tafelgenoot.domain.people.StaffInvitation;

/**
 * Invitations and reset links: a global table, so every query by id names the organisation too;
 * only the public page looks a link up by its secret alone.
 */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaInvitationRepository() {
    }

    /** For tests outside the container. */
    public JpaInvitationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public StaffInvitation add(StaffInvitation invitation) {
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    @Override
    public Optional<StaffInvitation> findByTokenHash(String tokenHash) {
        return em.createQuery("select i from StaffInvitation i where i.tokenHash = :hash", StaffInvitation.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StaffInvitation> find(long organisationId, long id) {
        return em.createQuery("select i from StaffInvitation i where i.id = :id and i.organisationId = :organisation",
                        StaffInvitation.class)
                .setParameter("id", id)
                .setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    @Override
    public List<StaffInvitation> open(long organisationId, InvitationPurpose purpose) {
        return em.createQuery("select i from StaffInvitation i where i.organisationId = :organisation"
                        + " and i.purpose = :purpose and i.usedAt is null and i.withdrawnAt is null"
                        + " order by i.createdAt", StaffInvitation.class)
                .setParameter("organisation", organisationId)
                .setParameter("purpose", purpose)
                .getResultList();
    }
}

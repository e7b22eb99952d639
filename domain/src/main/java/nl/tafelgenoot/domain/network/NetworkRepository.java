package nl.tafelgenoot.domain.network;

import java.util.List;
import java.util.Optional;

/** The network members of the current tenant's clients. */
public interface NetworkRepository {

    List<NetworkMember> forClient(long clientId);

    Optional<NetworkMember> findByPublicId(long clientId, String publicId);

    NetworkMember add(NetworkMember member);

    void remove(NetworkMember member);
}

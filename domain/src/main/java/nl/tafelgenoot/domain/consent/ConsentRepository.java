package nl.tafelgenoot.domain.consent;

import java.util.List;

/** The consents of the current tenant's clients. */
public interface ConsentRepository {

    /** A client's consents, newest first. */
    List<ClientConsent> forClient(long clientId);

    ClientConsent add(ClientConsent consent);
}

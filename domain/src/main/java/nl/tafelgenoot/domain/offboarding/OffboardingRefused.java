package nl.tafelgenoot.domain.offboarding;

import nl.tafelgenoot.domain.shared.Refused;

/**
 * An offboarding request that is not valid ({@code offboarding.refused.<key>} on screen), with the
 * field it belongs to (null: the whole form).
 */
public class OffboardingRefused extends Refused {

    public OffboardingRefused(String key, String field) {
        super(key, field);
    }
}

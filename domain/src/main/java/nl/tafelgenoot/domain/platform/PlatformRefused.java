package nl.tafelgenoot.domain.platform;

import nl.tafelgenoot.domain.shared.Refused;

/**
 * A platform operator's request that is not valid: the reason ({@code platform.refused.<key>} on
 * screen) and the field it belongs to (null: the whole form).
 */
public class PlatformRefused extends Refused {

    public PlatformRefused(String key, String field) {
        super(key, field);
    }
}

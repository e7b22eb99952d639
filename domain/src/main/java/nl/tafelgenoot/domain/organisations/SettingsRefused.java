package nl.tafelgenoot.domain.organisations;

import java.util.Map;

/** Settings that cannot be kept: for each field, why ({@code settings.refused.<key>} on screen). */
public class SettingsRefused extends RuntimeException {

    private final Map<String, String> reasons;

    public SettingsRefused(Map<String, String> reasons) {
        super(reasons.toString());
        this.reasons = Map.copyOf(reasons);
    }

    /** Field name to reason key, for every field that is wrong. */
    public Map<String, String> reasons() {
        return reasons;
    }
}

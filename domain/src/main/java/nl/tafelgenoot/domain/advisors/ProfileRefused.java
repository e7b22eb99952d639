package nl.tafelgenoot.domain.advisors;

import nl.tafelgenoot.domain.shared.Refused;

/**
 * Profile input the domain refuses: an unknown municipality, a postcode area that is not four
 * digits, a maximum outside 1..50, an absence that ends before it starts. Names the field and a
 * short reason key, so a screen can put its own message next to the field and keep what was typed.
 * Note the constructor's order (field first), kept from before it shared {@link Refused}.
 */
public class ProfileRefused extends Refused {

    public ProfileRefused(String field, String reason) {
        super(reason, field);
    }

    /** The key ({@code advisors.invalid.<key>} on screen): {@code unknownMunicipality}, {@code postcodeArea}, … */
    public String reason() {
        return key();
    }
}

package nl.tafelgenoot.domain.letters;

import java.util.List;

/**
 * The support organisation at the top of the letter: it helped write it; the objector signs it.
 *
 * @param addressLines the organisation's postal address, one line each; empty when not given
 * @param logo         the organisation's logo (PNG or JPEG, checked when the admin stored it); null: none
 */
public record Letterhead(String organisationName, List<String> addressLines, byte[] logo) {

    public Letterhead {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    /** A letterhead without a logo. */
    public Letterhead(String organisationName, List<String> addressLines) {
        this(organisationName, addressLines, null);
    }
}

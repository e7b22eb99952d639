package nl.tafelgenoot.domain.letters;

import java.util.List;

/**
 * The support organisation at the top of the letter: it helped write it; the objector signs it.
 *
 * @param addressLines the organisation's postal address, one line each; empty when not given
 */
public record Letterhead(String organisationName, List<String> addressLines) {

    public Letterhead {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}

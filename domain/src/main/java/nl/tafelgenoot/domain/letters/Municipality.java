package nl.tafelgenoot.domain.letters;

import java.util.List;

/**
 * The addressee: the college of mayor and aldermen of this municipality, which decided (and so
 * decides on the objection, Awb 6:4).
 *
 * @param name          the municipality's everyday name ("Zeist")
 * @param addressLines  the postal address to send the letter to, one line each; empty when not given
 */
public record Municipality(String name, List<String> addressLines) {

    public Municipality {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}

package nl.tafelgenoot.domain.letters;

/**
 * Who the letter is from and who signs it: the client (indiener). Awb 6:5 demands name and address;
 * the address is the postal address the municipality answers to. Null or blank parts are reported
 * by {@link LetterCheck}, never printed as a gap.
 */
public record Objector(String name, String streetAndNumber, String postcode, String place) {
}

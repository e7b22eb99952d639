package nl.tafelgenoot.domain.organisations;

import java.util.List;

/**
 * The letterhead as the admin sees and changes it: the organisation's name as printed on letters
 * and plans (blank: its registered name), its postal address (one line each), the logo (PNG or
 * JPEG, null: none) and the municipalities served (official names from the municipality list).
 */
public record LetterheadSettings(String printedName, String postalAddress, byte[] logo, List<String> regions) {

    public LetterheadSettings {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public static LetterheadSettings of(OrganisationLetterhead l) {
        return new LetterheadSettings(l.getPrintedName(), l.getPostalAddress(), l.getLogo(), List.copyOf(l.getRegions()));
    }

    public static LetterheadSettings empty() {
        return new LetterheadSettings(null, null, null, List.of());
    }

    /** The address lines, blank ones left out. */
    public List<String> addressLines() {
        return postalAddress == null ? List.of()
                : postalAddress.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

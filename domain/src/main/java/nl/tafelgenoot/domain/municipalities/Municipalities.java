package nl.tafelgenoot.domain.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.tafelgenoot.domain.shared.Texts;

/**
 * The municipalities a client can live in and a case can be with. Names are checked against the
 * reference list, case-insensitively and also by their everyday name ("Den Haag"), and stored in
 * their official form, so lists, filters and statistics group one municipality under one name.
 * The list is small and changes only by migration; it is read once and kept.
 */
@ApplicationScoped
public class Municipalities {

    private static final Comparator<Municipality> BY_NAME = Comparator.comparing(
            m -> m.getName().replace("'s-", "").toLowerCase(Locale.ROOT));

    @Inject
    MunicipalityRepository repository;

    @Inject
    Clock clock;

    private volatile List<Municipality> all;
    private volatile List<PostcodeRange> ranges;

    public Municipalities() {
    }

    /** For tests outside the container. */
    public Municipalities(MunicipalityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The municipalities that exist today, in alphabetical order ('s-Gravenhage under G). */
    public List<Municipality> current() {
        LocalDate today = LocalDate.now(clock);
        return all().stream().filter(m -> m.existsOn(today)).sorted(BY_NAME).toList();
    }

    /**
     * The municipality of a Dutch postcode, when the reference list knows its area and it lies in
     * one municipality only; otherwise empty and the member chooses from {@link #current()}.
     */
    public Optional<String> ofPostcode(String postcode) {
        String digits = postcode == null ? "" : postcode.strip();
        if (digits.length() < 4 || !digits.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String area = digits.substring(0, 4);
        List<String> codes = ranges().stream().filter(r -> r.holds(area)).map(PostcodeRange::getMunicipalityCode)
                .distinct().toList();
        return codes.size() != 1 ? Optional.empty()
                : current().stream().filter(m -> m.getCode().equals(codes.get(0))).map(Municipality::getName).findFirst();
    }

    /** The official name of the current municipality meant by {@code name}, if there is one. */
    public Optional<String> officialName(String name) {
        String wanted = Texts.clean(name);
        if (wanted == null) {
            return Optional.empty();
        }
        return current().stream()
                .filter(m -> m.getName().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(m.getKnownAs())
                        || m.label().equalsIgnoreCase(wanted))
                .map(Municipality::getName)
                .findFirst();
    }

    /**
     * The official name for a required municipality; refuses anything that is not a current one.
     * A blank name is returned as {@code null}: whether one is required is the entity's rule.
     */
    public String require(String name) {
        if (Texts.clean(name) == null) {
            return null;
        }
        return officialName(name).orElseThrow(() -> new UnknownMunicipality(name));
    }

    private List<Municipality> all() {
        List<Municipality> known = all;
        if (known == null) {
            known = List.copyOf(repository.all());
            all = known;
        }
        return known;
    }

    private List<PostcodeRange> ranges() {
        List<PostcodeRange> known = ranges;
        if (known == null) {
            known = List.copyOf(repository.postcodeRanges());
            ranges = known;
        }
        return known;
    }
}

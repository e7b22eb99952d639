package nl.tafelgenoot.domain.advisors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the organisation knows of one volunteer advisor for giving out work: where they work,
 * what they know, which languages they speak, how many open cases they take, when they are
 * available or away, and their certificate of good conduct (VOG). One per advisor account per
 * organisation (the account is global, the profile belongs to the organisation). The coordinator
 * keeps it; the advisor keeps their own languages, availability and absences.
 *
 * <p>Municipality names arrive already checked against the reference list (the service does
 * that); everything else is checked here.
 */
@Entity
@Table(name = "advisor_profile")
public class AdvisorProfile {

    public static final int MAX_OPEN_CASES_LIMIT = 50;
    public static final int DEFAULT_MAX_OPEN_CASES = 5;
    private static final Pattern POSTCODE_AREA = Pattern.compile("[1-9][0-9]{3}");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdvisorStatus status = AdvisorStatus.APPLYING;

    @Convert(converter = TextSetConverter.class)
    @Column(nullable = false, length = 2000)
    private Set<String> municipalities = new TreeSet<>();

    @Convert(converter = TextSetConverter.class)
    @Column(name = "postcode_areas", nullable = false, length = 1000)
    private Set<String> postcodeAreas = new TreeSet<>();

    @Convert(converter = ExpertiseConverter.class)
    @Column(nullable = false, length = 400)
    private Set<Expertise> expertise = EnumSet.noneOf(Expertise.class);

    @Convert(converter = TextSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<String> languages = new TreeSet<>();

    @Column(name = "max_open_cases", nullable = false)
    private int maxOpenCases = DEFAULT_MAX_OPEN_CASES;

    @Convert(converter = WeeklySlotsConverter.class)
    @Column(nullable = false, length = 1000)
    private List<WeeklySlot> availability = new ArrayList<>();

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsOn")
    private List<AdvisorAbsence> absences = new ArrayList<>();

    @Column(name = "vog_date")
    private LocalDate vogDate;

    /** The secret in the address of the advisor's private calendar feed; none until they ask for one. */
    @Column(name = "feed_token", length = 64)
    private String feedToken;

    @Version
    private long version;

    protected AdvisorProfile() {
    }

    /** An empty profile: applying, no regions, no expertise, Dutch, the default maximum. */
    public AdvisorProfile(long accountId) {
        this.accountId = accountId;
        this.languages.add("nl");
    }

    /** Everything the coordinator keeps; municipality names must be official names already. */
    public void update(ProfileInput input) {
        if (input.status() == null) {
            throw new ProfileRefused("status", "required");
        }
        if (input.maxOpenCases() < 1 || input.maxOpenCases() > MAX_OPEN_CASES_LIMIT) {
            throw new ProfileRefused("maxOpenCases", "maxOpenCases");
        }
        Set<String> areas = postcodeAreas(input.postcodeAreas());
        Set<String> spoken = languages(input.languages());
        List<WeeklySlot> slots = slots(input.availability());
        List<Absence> away = checkedAbsences(input.absences());
        this.status = input.status();
        this.municipalities = new TreeSet<>(input.municipalities() == null ? Set.of() : input.municipalities());
        this.postcodeAreas = areas;
        this.expertise = input.expertise() == null || input.expertise().isEmpty()
                ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(input.expertise());
        this.languages = spoken;
        this.maxOpenCases = input.maxOpenCases();
        this.availability = slots;
        replaceAbsences(away);
        this.vogDate = input.vogDate();
    }

    /** What the advisor keeps themselves. */
    public void updateOwn(OwnProfileInput input) {
        Set<String> spoken = languages(input.languages());
        List<WeeklySlot> slots = slots(input.availability());
        List<Absence> away = checkedAbsences(input.absences());
        this.languages = spoken;
        this.availability = slots;
        replaceAbsences(away);
    }

    /** Whether the VOG exists and is not older than the organisation's limit on {@code today}. */
    public boolean hasValidVog(LocalDate today, int maxAgeMonths) {
        return vogDate != null && !vogDate.plusMonths(maxAgeMonths).isBefore(today);
    }

    /** Whether the advisor is away on any day from {@code from} to {@code to}, both included. */
    public boolean isAbsentBetween(LocalDate from, LocalDate to) {
        return absences.stream().anyMatch(a -> a.overlaps(from, to));
    }

    /**
     * Why this advisor cannot be given a new case now, empty when they can: not active, VOG
     * missing or too old, no room under the maximum.
     */
    public List<MatchReason> assignmentBlocks(LocalDate today, int vogMaxAgeMonths, int openCases) {
        List<MatchReason> blocks = new ArrayList<>();
        if (status != AdvisorStatus.ACTIVE) {
            blocks.add(MatchReason.NOT_ACTIVE);
        }
        if (vogDate == null) {
            blocks.add(MatchReason.VOG_MISSING);
        } else if (!hasValidVog(today, vogMaxAgeMonths)) {
            blocks.add(MatchReason.VOG_EXPIRED);
        }
        if (openCases >= maxOpenCases) {
            blocks.add(MatchReason.CAPACITY_FULL);
        }
        return blocks;
    }

    /** The 4-digit area of a postcode ("3701 AB" → "3701"), or {@code null}. */
    public static String areaOf(String postcode) {
        if (postcode == null) {
            return null;
        }
        String digits = postcode.strip();
        return digits.length() >= 4 && POSTCODE_AREA.matcher(digits.substring(0, 4)).matches() ? digits.substring(0, 4) : null;
    }

    private static Set<String> postcodeAreas(Collection<String> typed) {
        Set<String> areas = new TreeSet<>();
        for (String area : typed == null ? Set.<String>of() : typed) {
            String clean = area == null ? "" : area.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (!POSTCODE_AREA.matcher(clean).matches()) {
                throw new ProfileRefused("postcodeAreas", "postcodeArea");
            }
            areas.add(clean);
        }
        return areas;
    }

    private static Set<String> languages(Collection<String> typed) {
        Set<String> codes = new TreeSet<>();
        for (String language : typed == null ? Set.<String>of() : typed) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (code.length() != 2 || !ISO_LANGUAGES.contains(code)) {
                throw new ProfileRefused("languages", "language");
            }
            codes.add(code);
        }
        return codes;
    }

    private static List<WeeklySlot> slots(List<WeeklySlot> typed) {
        List<WeeklySlot> slots = new ArrayList<>(typed == null ? List.of() : typed);
        slots.sort(Comparator.naturalOrder());
        for (int i = 1; i < slots.size(); i++) {
            WeeklySlot before = slots.get(i - 1);
            WeeklySlot slot = slots.get(i);
            if (before.day() == slot.day() && slot.from().isBefore(before.to())) {
                throw new ProfileRefused("availability", "slotOverlap");
            }
        }
        return slots;
    }

    private static List<Absence> checkedAbsences(List<Absence> typed) {
        List<Absence> checked = new ArrayList<>();
        for (Absence absence : typed == null ? List.<Absence>of() : typed) {
            if (absence.startsOn() == null || absence.endsOn() == null) {
                throw new ProfileRefused("absences", "absenceDates");
            }
            if (absence.endsOn().isBefore(absence.startsOn())) {
                throw new ProfileRefused("absences", "absenceOrder");
            }
            String reason = absence.reason() == null || absence.reason().isBlank() ? null : absence.reason().strip();
            if (reason != null && reason.length() > AdvisorAbsence.REASON_MAX) {
                throw new ProfileRefused("absences", "absenceReason");
            }
            checked.add(new Absence(absence.startsOn(), absence.endsOn(), reason));
        }
        return checked;
    }

    private void replaceAbsences(List<Absence> wanted) {
        absences.removeIf(stored -> !wanted.contains(Absence.of(stored)));
        for (Absence absence : wanted) {
            if (absences.stream().noneMatch(stored -> Absence.of(stored).equals(absence))) {
                absences.add(new AdvisorAbsence(this, absence.startsOn(), absence.endsOn(), absence.reason()));
            }
        }
        absences.sort(Comparator.comparing(AdvisorAbsence::getStartsOn));
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public AdvisorStatus getStatus() {
        return status;
    }

    public Set<String> getMunicipalities() {
        return new TreeSet<>(municipalities);
    }

    public Set<String> getPostcodeAreas() {
        return new TreeSet<>(postcodeAreas);
    }

    public Set<Expertise> getExpertise() {
        return expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise);
    }

    public Set<String> getLanguages() {
        return new TreeSet<>(languages);
    }

    public int getMaxOpenCases() {
        return maxOpenCases;
    }

    public List<WeeklySlot> getAvailability() {
        return List.copyOf(availability);
    }

    public List<AdvisorAbsence> getAbsences() {
        return List.copyOf(absences);
    }

    public LocalDate getVogDate() {
        return vogDate;
    }

    public long getVersion() {
        return version;
    }

    public String getFeedToken() {
        return feedToken;
    }

    /** A new feed address: the old one stops working at once. */
    public void replaceFeedToken(String token) {
        this.feedToken = Objects.requireNonNull(token);
    }

    /** The advisor left the organisation (an admin deactivated them): no longer given cases or bookings. */
    public void markLeft() {
        this.status = AdvisorStatus.LEFT;
    }
}

package nl.tafelgenoot.domain.clients;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.validation.PhoneNumbers;

/**
 * Whether someone about to be registered may already be a client: the same given name and
 * surname with the same date of birth, or the same phone number. Names compare without case,
 * accents and extra spaces, the surname prefix (van, de) left out of it; phone numbers in
 * one form ({@link PhoneNumbers#key}). A warning, never a refusal: two people can share a phone.
 */
public record DuplicateCheck(String givenName, String surname, LocalDate dateOfBirth, String phone) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static DuplicateCheck of(Client client) {
        return new DuplicateCheck(client.getGivenName(), client.getSurname(), client.getDateOfBirth(), client.getPhone());
    }

    /** The phone number as stored in {@code client.phone_key}, or null. */
    public String phoneKey() {
        return PhoneNumbers.key(phone);
    }

    /** Why {@code existing} may be this person; empty when it is someone else. */
    public Set<DuplicateReason> reasons(Client existing) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        if (dateOfBirth != null && dateOfBirth.equals(existing.getDateOfBirth())
                && sameName(givenName, existing.getGivenName()) && sameName(surname, existing.getSurname())) {
            reasons.add(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
        }
        String key = phoneKey();
        if (key != null && key.equals(PhoneNumbers.key(existing.getPhone()))) {
            reasons.add(DuplicateReason.SAME_PHONE);
        }
        return reasons;
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && !a.isBlank() && Objects.equals(normalise(a), normalise(b));
    }

    static String normalise(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}

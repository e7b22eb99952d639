package nl.tafelgenoot.domain.clients;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The server-side rules of a client record, with the Dutch messages users see next to the fields. */
class ClientValidationTest {

    /** Messages in Dutch, as the portal shows them to a Dutch browser. */
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .defaultLocale(Locale.forLanguageTag("nl-NL"))
            .buildValidatorFactory()
            .getValidator();

    private static Map<String, String> problems(Client client) {
        Set<ConstraintViolation<Client>> violations = VALIDATOR.validate(client);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void aClientNeedsAGivenNameAndASurname() {
        Map<String, String> problems = problems(new Client("  ", null, null));
        assertThat(problems).containsEntry("givenName", "Vul de voornaam in.").containsEntry("surname", "Vul de achternaam in.");
    }

    @Test
    void aCompleteClientIsValid() {
        Client client = new Client("Johanna", "van", "Dijk");
        client.setDateOfBirth(LocalDate.of(1938, 4, 12));
        client.setPostcode("3701gg");
        client.setPhone("030-6912345");
        client.setEmail("j.vandijk@voorbeeld.nl");
        client.setNotes("Wil graag hulp bij het huishouden.");
        assertThat(problems(client)).isEmpty();
        assertThat(client.getPostcode()).isEqualTo("3701 GG");
        assertThat(client.getFullName()).isEqualTo("Johanna van Dijk");
    }

    @Test
    void badFormatsAreExplainedPerField() {
        Client client = new Client("Jan", null, "Jansen");
        client.setPostcode("12345");
        client.setPhone("12345");
        client.setEmail("geen-adres");
        client.setDateOfBirth(LocalDate.of(1890, 1, 1));
        Map<String, String> problems = problems(client);
        assertThat(problems.get("postcode")).contains("postcode");
        assertThat(problems.get("phone")).contains("telefoonnummer");
        assertThat(problems.get("email")).contains("e-mailadres");
        assertThat(problems.get("dateOfBirth")).contains("1900");
    }

    @Test
    void notesMayNotContainACitizenServiceNumber() {
        Client client = new Client("Jan", null, "Jansen");
        client.setNotes("Zijn BSN is 123456782, zei hij.");
        assertThat(problems(client).get("notes")).contains("burgerservicenummer");
    }

    @Test
    void aFutureDateOfBirthIsRefused() {
        Client client = new Client("Jan", null, "Jansen");
        client.setDateOfBirth(LocalDate.now().plusDays(2));
        assertThat(problems(client)).containsKey("dateOfBirth");
    }

    @Test
    void blankOptionalFieldsAreStoredAsEmpty() {
        Client client = new Client("Jan", "  ", "Jansen");
        client.setPhone("   ");
        assertThat(client.getSurnamePrefix()).isNull();
        assertThat(client.getPhone()).isNull();
        assertThat(client.getFullName()).isEqualTo("Jan Jansen");
    }
}

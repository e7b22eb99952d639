package nl.tafelgenoot.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tafelgenoot.domain.organisations.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new organisation's form: every field checked, the wrong one named, the rest cleaned. */
class NewOrganisationTest {

    private static NewOrganisation valid() {
        return new NewOrganisation("  Seniorenvereniging Zon ", OrganisationKind.SENIOR_ASSOCIATION, " zon-utrecht ",
                " Info@Zon.example ", " Utrecht ", " Els de Boer ", " ELS@zon.example");
    }

    @Test
    void aValidFormIsCleaned() {
        NewOrganisation clean = valid().cleaned();
        assertThat(clean.name()).isEqualTo("Seniorenvereniging Zon");
        assertThat(clean.slug()).isEqualTo("zon-utrecht");
        assertThat(clean.contactEmail()).isEqualTo("info@zon.example");
        assertThat(clean.region()).isEqualTo("Utrecht");
        assertThat(clean.adminName()).isEqualTo("Els de Boer");
        assertThat(clean.adminEmail()).isEqualTo("els@zon.example");
    }

    @ParameterizedTest
    @CsvSource(value = {
            "name,,nameRequired",
            "name,'   ',nameRequired",
            "slug,,slugRequired",
            "slug,Zon-Utrecht,slugInvalid",
            "slug,zon--utrecht,slugInvalid",
            "slug,-zon,slugInvalid",
            "slug,zon utrecht,slugInvalid",
            "contactEmail,,contactEmailRequired",
            "contactEmail,geen-adres,contactEmailInvalid",
            "region,,regionRequired",
            "adminName,,adminNameRequired",
            "adminEmail,,adminEmailRequired",
            "adminEmail,els@,adminEmailInvalid"
    })
    void aWrongFieldIsNamedWithItsReason(String field, String value, String key) {
        NewOrganisation v = valid();
        NewOrganisation form = new NewOrganisation(
                field.equals("name") ? value : v.name(), v.kind(),
                field.equals("slug") ? value : v.slug(),
                field.equals("contactEmail") ? value : v.contactEmail(),
                field.equals("region") ? value : v.region(),
                field.equals("adminName") ? value : v.adminName(),
                field.equals("adminEmail") ? value : v.adminEmail());
        assertThatThrownBy(form::cleaned).isInstanceOfSatisfying(PlatformRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.key()).isEqualTo(key);
        });
    }

    @Test
    void aKindMustBeChosenAndLongTextsAreRefused() {
        NewOrganisation v = valid();
        assertThatThrownBy(() -> new NewOrganisation(v.name(), null, v.slug(), v.contactEmail(), v.region(),
                v.adminName(), v.adminEmail()).cleaned())
                .isInstanceOfSatisfying(PlatformRefused.class, r -> assertThat(r.key()).isEqualTo("kindRequired"));
        assertThatThrownBy(() -> new NewOrganisation("x".repeat(201), v.kind(), v.slug(), v.contactEmail(),
                v.region(), v.adminName(), v.adminEmail()).cleaned())
                .isInstanceOfSatisfying(PlatformRefused.class, r -> assertThat(r.key()).isEqualTo("nameTooLong"));
        assertThatThrownBy(() -> new NewOrganisation(v.name(), v.kind(), "a".repeat(61), v.contactEmail(),
                v.region(), v.adminName(), v.adminEmail()).cleaned())
                .isInstanceOfSatisfying(PlatformRefused.class, r -> assertThat(r.key()).isEqualTo("slugInvalid"));
    }
}

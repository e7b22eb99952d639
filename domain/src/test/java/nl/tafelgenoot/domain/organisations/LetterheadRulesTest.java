package nl.tafelgenoot.domain.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the admin may store as letterhead and area served, apart from the database. */
class LetterheadRulesTest {

    private static final Function<String, String> LIST = name -> Map.of("zeist", "Zeist", "utrecht", "Utrecht")
            .get(name.toLowerCase(java.util.Locale.ROOT));

    private static byte[] image(String format, int width) throws IOException {
        BufferedImage image = new BufferedImage(width, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static Map<String, String> refused(LetterheadSettings wanted) {
        return ((SettingsRefused) org.assertj.core.api.Assertions.catchThrowable(() -> LetterheadService.check(wanted, LIST)))
                .reasons();
    }

    @Test
    void aPngOrJpegLogoIsAcceptedByItsContent() throws IOException {
        assertThat(LetterheadService.check(new LetterheadSettings("De Linde", "Postbus 12\n3700 AA  Zeist",
                image("png", 40), List.of("Zeist")), LIST)).isEqualTo("png");
        assertThat(LetterheadService.check(new LetterheadSettings(null, null, image("jpeg", 40), List.of()), LIST))
                .isEqualTo("jpeg");
        assertThat(LetterheadService.check(LetterheadSettings.empty(), LIST)).isNull();
    }

    @Test
    void aLogoThatIsNoPngOrJpegIsRefusedWhateverItsName() throws IOException {
        assertThat(refused(new LetterheadSettings(null, null, image("gif", 40), List.of())))
                .containsEntry("logo", "logoNotAnImage");
        assertThat(refused(new LetterheadSettings(null, null, "%PDF-1.7 not an image".getBytes(), List.of())))
                .containsEntry("logo", "logoNotAnImage");
        byte[] broken = Arrays.copyOf(image("png", 40), 30);
        assertThat(refused(new LetterheadSettings(null, null, broken, List.of()))).containsEntry("logo", "logoNotAnImage");
    }

    @Test
    void aLogoOver500kBIsRefused() {
        byte[] large = new byte[LogoImage.MAX_BYTES + 1];
        assertThat(refused(new LetterheadSettings(null, null, large, List.of()))).containsEntry("logo", "logoTooLarge");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Map<String, String> reasons = refused(new LetterheadSettings("x".repeat(201), "1\n2\n3\n4\n5\n6",
                new byte[] {1, 2, 3}, List.of("Zeist", "Atlantis")));
        assertThat(reasons).containsOnlyKeys("printedName", "postalAddress", "logo", "regions");
        assertThat(reasons.get("regions")).isEqualTo("regionUnknown");
        assertThat(new LetterheadSettings(null, " Postbus 12 \n\n 3700 AA  Zeist ", null, null).addressLines())
                .containsExactly("Postbus 12", "3700 AA  Zeist");
    }

    @Test
    void aLongButAllowedAddressPasses() {
        assertThatThrownBy(() -> LetterheadService.check(new LetterheadSettings(null, "a".repeat(501), null, List.of()), LIST))
                .isInstanceOf(SettingsRefused.class);
        assertThat(LetterheadService.check(new LetterheadSettings("x".repeat(200), "a\nb\nc\nd\ne", null,
                List.of("utrecht")), LIST)).isNull();
    }
}

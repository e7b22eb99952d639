package nl.tafelgenoot.ui.organisations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import nl.tafelgenoot.domain.organisations.LetterheadService;
import nl.tafelgenoot.domain.organisations.LetterheadSettings;
import nl.tafelgenoot.domain.organisations.SettingsRefused;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: each admin keeps only their own organisation's letterhead and area served;
 * Samen Verder's admin never sees nor changes De Linde's; a coordinator keeps none; a logo that is
 * not a PNG or JPEG is refused and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
class LetterheadIT extends InContainerTest {

    private static final String SAMEN_ADMIN = "beheerder@samenverder.example";

    @Inject
    LetterheadService letterheads;

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private void denied(Callable<?> work) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> work.call());
        assertTrue(Failures.causedBy(refused, AccessDeniedException.class), refused.toString());
    }

    @Test
    void eachAdminKeepsOnlyTheirOwnLetterhead() throws IOException {
        LetterheadSettings lindeBefore = as(LINDE_ADMIN, linde, () -> letterheads.current());
        byte[] logo = png();
        try {
            as(LINDE_ADMIN, linde, () -> letterheads.change(new LetterheadSettings("De Linde Zeist (brief)",
                    "Postbus 12\n3700 AA  Zeist", logo, List.of("Zeist", "de bilt"))));
            LetterheadSettings samens = as(SAMEN_ADMIN, samen, () -> letterheads.change(new LetterheadSettings(
                    "Samen Verder", "Kerkstraat 1\n1234 AB  Ergens", null, List.of("Utrecht"))));
            assertEquals(List.of("Utrecht"), samens.regions());
            assertNull(samens.logo());

            LetterheadSettings lindes = as(LINDE_ADMIN, linde, () -> letterheads.current());
            assertEquals("De Linde Zeist (brief)", lindes.printedName());
            assertEquals(List.of("Postbus 12", "3700 AA  Zeist"), lindes.addressLines());
            assertArrayEquals(logo, lindes.logo());
            assertEquals(List.of("De Bilt", "Zeist"), lindes.regions().stream().sorted().toList(),
                    "stored by their official names");
            assertEquals("Samen Verder", as(SAMEN_ADMIN, samen, () -> letterheads.current()).printedName());
            // De Linde's admin working in Samen Verder has no admin role there.
            denied(() -> as(LINDE_ADMIN, samen, () -> letterheads.current()));
            denied(() -> as(LINDE_ADMIN, samen, () -> letterheads.change(LetterheadSettings.empty())));
            denied(() -> as(LINDE_COORDINATOR, linde, () -> letterheads.change(LetterheadSettings.empty())));
            assertEquals("De Linde Zeist (brief)", as(LINDE_COORDINATOR, linde, () -> letterheads.forPrinting()).printedName(),
                    "letters print it for anyone working there");

            SettingsRefused gif = assertThrows(SettingsRefused.class, () -> as(LINDE_ADMIN, linde,
                    () -> letterheads.change(new LetterheadSettings("Anders", null, "GIF89a....".getBytes(), List.of()))));
            assertEquals("logoNotAnImage", gif.reasons().get("logo"));
            assertEquals("De Linde Zeist (brief)", as(LINDE_ADMIN, linde, () -> letterheads.current()).printedName(),
                    "a refusal changes nothing");
        } finally {
            as(LINDE_ADMIN, linde, () -> letterheads.change(lindeBefore));
            as(SAMEN_ADMIN, samen, () -> letterheads.change(LetterheadSettings.empty()));
        }
    }
}

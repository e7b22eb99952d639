package nl.tafelgenoot.ui.layout;

/** Text on an organisation's own colour: white or black, whichever reads better (WCAG contrast). */
public final class Contrast {

    private Contrast() {
    }

    /** White or black, whichever has the higher WCAG contrast ratio against the {@code #RRGGBB} background. */
    public static String textOn(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        double onWhite = 1.05 / (luminance + 0.05);
        double onBlack = (luminance + 0.05) / 0.05;
        return onWhite >= onBlack ? "#ffffff" : "#000000";
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

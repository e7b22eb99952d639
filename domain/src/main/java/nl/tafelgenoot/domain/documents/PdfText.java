package nl.tafelgenoot.domain.documents;

/**
 * Reads the text of a PDF, for the check on citizen service numbers in uploads. An interface so
 * the domain stays free of a PDF library; the portal supplies one.
 */
public interface PdfText {

    /** The PDF's text; empty for a scan without a text layer. Throws when the bytes are not a readable PDF. */
    String extract(byte[] pdf);
}

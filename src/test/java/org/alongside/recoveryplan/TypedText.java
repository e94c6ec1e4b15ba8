package org.alongside.recoveryplan;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as assistive technology and copy-and-paste read it: marked content's {@code
 * ActualText} where it has one (it replaces the glyphs it covers), the glyphs' own text elsewhere.
 */
final class TypedText {

    private TypedText() {}

    static String of(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                append(content, text);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void append(PDMarkedContent content, StringBuilder text) {
        if (content.getActualText() != null) {
            text.append(content.getActualText());
            return;
        }
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                append(inner, text);
            }
        }
    }
}

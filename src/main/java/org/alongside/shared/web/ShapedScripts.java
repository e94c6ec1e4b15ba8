package org.alongside.shared.web;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.JustificationInfo;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Right-to-left and shaped scripts in one PDF, drawn right and read right. Arabic (and Hebrew) text
 * is split into runs by the Unicode bidirectional algorithm and Arabic letters take their joined
 * forms (ICU); Devanagari is shaped by PDFBox from the font's tables. Either way the glyphs on the
 * page are no longer the typed characters in their typed order, so each run of such text is wrapped
 * in a marked-content span whose {@code ActualText} is the text as typed: what copying, searching and
 * screen readers get. One instance per document.
 */
final class ShapedScripts {

    private static final Set<Character.UnicodeScript> SHAPED = Set.of(
            Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW,
            Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA,
            Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA,
            Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA,
            Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO,
            Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.KHMER);

    private final ArabicShaping shaper = new ArabicShaping(
            ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK);
    private final ArabicShaping unshaper = new ArabicShaping(
            ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK);

    /** Each right-to-left run as drawn (reversed), to the run as it was laid out (in typed order). */
    private final Map<String, String> typedOrderOf = new IdentityHashMap<>();

    private final BidiReorderer reorderer = new BidiReorderer() {
        @Override
        public String reorderRTLTextToLTR(String text) {
            String drawn = Bidi.writeReverse(text, Bidi.DO_MIRRORING);
            typedOrderOf.put(drawn, text);
            return drawn;
        }

        @Override
        public String shapeText(String text) {
            return shape(shaper, text);
        }

        @Override
        public String deshapeText(String text) {
            return shape(unshaper, text);
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }
    };

    BidiSplitterFactory splitter() {
        return Runs::new;
    }

    /** Shapes Arabic letters, and reverses a right-to-left run for drawing, remembering the run as laid out. */
    BidiReorderer reorderer() {
        return reorderer;
    }

    /** openhtmltopdf's text renderer, with each shaped run wrapped in a span that says what it reads. */
    PdfBoxTextRenderer withActualText() {
        return new PdfBoxTextRenderer() {
            @Override
            public void drawString(OutputDevice device, String text, float x, float y) {
                spanned(device, text, () -> super.drawString(device, text, x, y));
            }

            @Override
            public void drawString(
                    OutputDevice device, String text, float x, float y, JustificationInfo justification) {
                spanned(device, text, () -> super.drawString(device, text, x, y, justification));
            }
        };
    }

    private void spanned(OutputDevice device, String drawn, Runnable draw) {
        if (!(device instanceof PdfBoxOutputDevice pdf) || !isShaped(drawn)) {
            draw.run();
            return;
        }
        String laidOut = typedOrderOf.remove(drawn);
        COSDictionary span = new COSDictionary();
        span.setString(COSName.ACTUAL_TEXT, laidOut == null ? drawn : shape(unshaper, laidOut));
        pdf.getCurrentPage().beginMarkedContent(COSName.getPDFName("Span"), span);
        draw.run();
        pdf.getCurrentPage().endMarkedContent();
    }

    static boolean isShaped(String text) {
        return text.codePoints().anyMatch(c -> c > 0x58f && SHAPED.contains(Character.UnicodeScript.of(c)));
    }

    private static String shape(ArabicShaping shaping, String text) {
        try {
            return shaping.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /** The visual runs of one paragraph by the Unicode bidirectional algorithm. */
    private static final class Runs implements BidiSplitter {
        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String text, byte direction) {
            byte level = direction == RTL ? 1 : direction == LTR ? 0 : Bidi.LEVEL_DEFAULT_LTR;
            bidi.setPara(text, level, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String text) {
            byte direction = Bidi.getBaseDirection(text);
            return direction == Bidi.RTL ? RTL : direction == Bidi.LTR ? LTR : NEUTRAL;
        }
    }
}

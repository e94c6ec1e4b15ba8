package org.alongside.recoveryplan.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (written as well-formed XHTML) to PDF, with DejaVu Sans embedded so
 * the person's words print exactly, accents and quotes included, and the text can be searched.
 * Characters DejaVu lacks fall back to fonts shipped in {@code /fonts} (Devanagari; Chinese and
 * Japanese; Korean Hangul), each loaded and embedded only when the document uses it; the templates
 * list the families in that order.
 */
@Component
class PdfRenderer {

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(String resource, String family, int weight) {}

    private static final List<Face> FACES = List.of(
            new Face(FONT_DIR + "DejaVuSans.ttf", "DejaVu Sans", 400),
            new Face(FONT_DIR + "DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new Face("/fonts/NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400),
            new Face("/fonts/NotoSansDevanagari-Bold.ttf", "Noto Sans Devanagari", 700),
            new Face("/fonts/DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400),
            new Face("/fonts/NanumSquareR.ttf", "NanumSquare", 400));

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(Locale.ENGLISH, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : FACES) {
                builder.useFont(
                        () -> PdfRenderer.class.getResourceAsStream(face.resource()),
                        face.family(),
                        face.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
    }
}

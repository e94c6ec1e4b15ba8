package org.alongside.recoveryplan.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (written as well-formed XHTML) to PDF, with DejaVu Sans embedded so
 * the person's words print exactly, accents and quotes included, and the text can be searched.
 */
@Component
class PdfRenderer {

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(Locale.ENGLISH, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> PdfRenderer.class.getResourceAsStream(FONT_DIR + "DejaVuSans.ttf"),
                    "DejaVu Sans",
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> PdfRenderer.class.getResourceAsStream(FONT_DIR + "DejaVuSans-Bold.ttf"),
                    "DejaVu Sans",
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
    }
}

package org.alongside.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.alongside.shared.Language;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template (written as well-formed XHTML) to PDF, with DejaVu Sans embedded so
 * the person's words print exactly, accents and quotes included, and the text can be searched.
 * Characters DejaVu lacks fall back to fonts shipped in {@code /fonts} (Devanagari; Chinese and
 * Japanese; Korean Hangul), each loaded and embedded only when the document uses it; the templates
 * list the families in that order. Right-to-left and shaped scripts are drawn in their shapes and
 * order and keep their typed text for copying, search and screen readers ({@link ShapedScripts}).
 */
@Component
public class PdfRenderer {

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
    private final ApplicationContext application;

    PdfRenderer(TemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /**
     * The document in {@code language} (its text from the message bundles, its dates written the
     * way that language writes them), as tagged PDF/UA: a structure tree a screen reader follows,
     * the title shown instead of the file name, and every font embedded.
     */
    public byte[] render(String template, Map<String, Object> model, Language language) {
        Context context = new Context(language.locale(), model);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        String xhtml;
        try {
            LocaleContextHolder.setLocale(language.locale());
            xhtml = templates.process(template, context);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            for (Face face : FACES) {
                builder.useFont(
                        () -> PdfRenderer.class.getResourceAsStream(face.resource()),
                        face.family(),
                        face.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            ShapedScripts scripts = new ShapedScripts();
            builder.useUnicodeBidiSplitter(scripts.splitter());
            builder.useUnicodeBidiReorderer(scripts.reorderer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.getSharedContext().setTextRenderer(scripts.withActualText());
                renderer.layout();
                renderer.createPDF();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
    }
}

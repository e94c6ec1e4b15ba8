package org.alongside.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@AlongsideTest
class CrisisPlanAndPdfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RecoveryPlanManagement recoveryPlans;

    ApiSupport api;
    Org org;
    String crisis;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, context);
        org = new Fixtures(context).org();
        crisis = "/api/v1/participants/" + org.personOfA().id() + "/crisis-plan";
    }

    private static final String PLAN = """
            {"whenWell": "I cook, I laugh, I call my sister", "triggers": "Court dates; money worries",
             "earlyWarningSigns": "Not sleeping, skipping meals, finding fault", "whatHelps": "A walk by the river with Dana",
             "whatOthersCanDo": "Sit with me, don't lecture", "whatToAvoid": "Crowded places",
             "people": [{"name": "Ana", "phone": "555 0102", "role": "Sister"}],
             "professionals": [{"name": "Dr. Okafor", "phone": "555 0199", "role": "Psychiatrist"}],
             "placesICanGo": "The peer respite on 5th Street", "version": %d}""";

    @Test
    void theCrisisPlanIsWrittenRevisedAndKeepsItsNotes() throws Exception {
        api.put(org.workerA(), crisis, PLAN.formatted(0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        api.post(org.workerA(), crisis + "/notes", "{\"text\": \"Called Ana first; it helped.\", \"version\": 1}")
                .andExpect(status().isCreated());
        api.put(org.workerA(), crisis, PLAN.formatted(2).replace("Crowded places", "Crowded places; the old block"))
                .andExpect(status().isOk());
        api.get(org.supervisorA(), crisis)
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.plan.whatToAvoid").value("Crowded places; the old block"))
                .andExpect(jsonPath("$.plan.people[0].name").value("Ana"))
                .andExpect(jsonPath("$.plan.notesAfterCrisis[0].text").value("Called Ana first; it helped."));
        api.put(org.workerA(), crisis, PLAN.formatted(2)).andExpect(status().isConflict());
        api.put(org.workerA(), crisis, PLAN.formatted(3).replace("555 0102", "call me"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['people[0].phone']").exists());
        api.post(org.workerA(), crisis + "/notes", "{\"text\": \" \", \"version\": 3}")
                .andExpect(status().isBadRequest());
        assertThat(api.auditCount("crisisplan.update", org.personOfA().id(), "SUCCESS"))
                .isEqualTo(2);
    }

    @Test
    void myCrisisPlanIsAOnePagePdfWithTheCrisisLineAndTheirWords() throws Exception {
        api.put(org.workerA(), crisis, PLAN.formatted(0)).andExpect(status().isOk());
        // a name with "fi" and "ffi" in the bold heading, where a font's ligatures would join letters
        var details = org.personOfA().details();
        context.getBean(org.alongside.participant.ParticipantManagement.class)
                .update(
                        org.workerA().viewer(),
                        org.personOfA().id(),
                        new org.alongside.participant.ParticipantDetails(
                                "Fiona Griffin",
                                details.legalName(),
                                details.pronouns(),
                                details.dateOfBirth(),
                                details.preferredLanguage(),
                                details.address(),
                                details.contactMethods(),
                                details.supportContacts()),
                        org.personOfA().version());
        byte[] pdf = api.get(org.workerA(), crisis + "/pdf")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("my-crisis-plan.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("988")
                    .contains("A walk by the river with Dana")
                    .contains("Dr. Okafor");
            assertThat(text).contains("finding fault");
            assertThat(text).as("letters, not ligature characters, in the text").doesNotContain("\uFB01", "\uFB02");
            var sizes = new java.util.TreeSet<Float>();
            new PDFTextStripper() {
                @Override
                protected void writeString(
                        String string, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                }
            }.getText(document);
            assertThat(sizes.first())
                    .as("the smallest print on the crisis plan")
                    .isGreaterThanOrEqualTo(12f);
        }
    }

    @Test
    void thePdfsAreTaggedForScreenReadersAndPrintNoHeadingWithoutWordsUnderIt() throws Exception {
        api.put(org.workerA(), crisis, """
                {"whatHelps": "A walk by the river with Dana", "people": [], "professionals": [], "version": 0}""").andExpect(status().isOk());
        for (String path : List.of(
                crisis + "/pdf", "/api/v1/participants/" + org.personOfA().id() + "/recovery-plan/pdf")) {
            byte[] pdf = api.get(org.workerA(), path).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                var catalog = document.getDocumentCatalog();
                assertThat(catalog.getStructureTreeRoot()).as(path).isNotNull();
                assertThat(catalog.getStructureTreeRoot().getKids()).as(path).isNotEmpty();
                assertThat(catalog.getMarkInfo().isMarked()).as(path).isTrue();
                assertThat(catalog.getLanguage()).as(path).isEqualTo("en");
                assertThat(document.getDocumentInformation().getTitle())
                        .as(path)
                        .startsWith("My ");
                String text = new PDFTextStripper().getText(document);
                assertThat(text).as(path).doesNotContain("Early warning signs", "My strengths", "My goals", "—");
            }
        }
        String text = pdfText(crisis + "/pdf");
        assertThat(text).contains("What helps me").contains("A walk by the river with Dana");
    }

    @Test
    void aPersonWhoseLanguageIsSpanishGetsTheirPlansInSpanish() throws Exception {
        UUID person = new Fixtures(context)
                .enrolSpeaking(org.admin(), org.programId(), org.workerA(), "Lucía " + org.programId(), "Español")
                .id();
        String spanishCrisis = "/api/v1/participants/" + person + "/crisis-plan";
        api.put(org.workerA(), spanishCrisis, """
                {"whatHelps": "Caminar junto al río", "people": [{"name": "Ana", "phone": "555 0102", "role": "hermana"}],
                 "professionals": [], "version": 0}""").andExpect(status().isOk());
        assertThat(pdfText(spanishCrisis + "/pdf"))
                .contains("Mi plan de crisis")
                .contains("Lo que me ayuda")
                .contains("Caminar junto al río")
                .contains("llama o envía un mensaje de texto al 988")
                .doesNotContain("What helps me");
        assertThat(pdfText("/api/v1/participants/" + person + "/recovery-plan/pdf"))
                .contains("Mi plan de recuperación");
    }

    private String pdfText(String path) throws Exception {
        byte[] pdf = api.get(org.workerA(), path).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void wordsInChineseJapaneseKoreanAndDevanagariPrintAsWrittenWithTheirFontsEmbeddedOnlyThen() throws Exception {
        UUID person = org.personOfA().id();
        byte[] latinOnly = api.get(org.workerA(), "/api/v1/participants/" + person + "/recovery-plan/pdf")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(fontsOf(latinOnly)).allMatch(font -> font.contains("DejaVu"));

        String words = "Visit 王秀英 and 佐藤ひなた, call 김민준, walk with अनीता कपूर";
        recoveryPlans.addGoal(
                org.workerA().viewer(), person, UUID.randomUUID(), words, Set.of(WellnessDimension.SOCIAL), null, 0);
        byte[] pdf = api.get(org.workerA(), "/api/v1/participants/" + person + "/recovery-plan/pdf")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("王秀英", "佐藤ひなた", "김민준", "अनीता कपूर").doesNotContain("#");
        }
        assertThat(fontsOf(pdf))
                .anyMatch(font -> font.contains("DroidSansFallback"))
                .anyMatch(font -> font.contains("NanumSquare"))
                .anyMatch(font -> font.contains("NotoSansDevanagari"));
    }

    @Test
    void devanagariAndArabicSentencesReadBackFromThePdfExactlyAsTyped() throws Exception {
        UUID person = org.personOfA().id();
        String hindi = "मैं काम पर लौटना चाहता हूँ";
        String arabic = "أريد أن أعود إلى العمل";
        List<String> sentences = List.of(hindi, arabic);
        for (int version = 0; version < sentences.size(); version++) {
            recoveryPlans.addGoal(
                    org.workerA().viewer(),
                    person,
                    UUID.randomUUID(),
                    sentences.get(version),
                    Set.of(WellnessDimension.OCCUPATIONAL),
                    null,
                    version);
        }
        byte[] pdf = api.get(org.workerA(), "/api/v1/participants/" + person + "/recovery-plan/pdf")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(TypedText.of(document))
                    .as("the text a screen reader, search or copy gets")
                    .contains(hindi, arabic);
        }
    }

    private static List<String> fontsOf(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return fonts;
    }

    @Test
    void myRecoveryPlanPdfHoldsTheGoalsStepsAndSupporters() throws Exception {
        UUID person = org.personOfA().id();
        UUID goal = UUID.randomUUID();
        recoveryPlans.addGoal(
                org.workerA().viewer(),
                person,
                goal,
                "Get my driver’s licence back — step by step",
                Set.of(WellnessDimension.OCCUPATIONAL),
                null,
                0);
        recoveryPlans.addStep(
                org.workerA().viewer(), person, goal, UUID.randomUUID(), "Pay the fine", "Legal aid clinic", null, 1);
        byte[] pdf = api.get(org.workerA(), "/api/v1/participants/" + person + "/recovery-plan/pdf")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Get my driver’s licence back — step by step")
                    .contains("Pay the fine")
                    .contains("People who support me")
                    .contains("Legal aid clinic");
        }
        api.get(org.workerB(), "/api/v1/participants/" + person + "/recovery-plan/pdf")
                .andExpect(status().isNotFound());
    }
}

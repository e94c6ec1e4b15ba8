package org.alongside.contact.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.alongside.contact.LanguageGuide;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The language guide: check a text while writing; administrators extend the word list. */
@RestController
@RequestMapping("/api/v1/language-guide")
class LanguageGuideApi {

    private final LanguageGuide guide;

    LanguageGuideApi(LanguageGuide guide) {
        this.guide = guide;
    }

    record LanguageCheckRequest(String text) {}

    record TermRequest(
            @Schema(requiredMode = REQUIRED) String term,
            @Schema(requiredMode = REQUIRED) String suggestion,

            @Schema(description = "The language the term is a word of: en (the default) or es", example = "es")
            String language) {}

    @Operation(summary = "Terms in a text that stigmatise, with person-first alternatives (never blocks anything)")
    @PostMapping("/check")
    List<LanguageGuide.Suggestion> check(@RequestBody LanguageCheckRequest body) {
        if (body.text() != null && body.text().length() > 20_000) {
            throw new InvalidInputException("text", "Check at most 20000 characters at a time");
        }
        return guide.check(body.text());
    }

    @GetMapping("/terms")
    List<LanguageGuide.Term> terms() {
        return guide.terms();
    }

    @Operation(summary = "Add or change a term (administrators)")
    @PostMapping("/terms")
    ResponseEntity<LanguageGuide.Term> add(StaffMember user, @RequestBody TermRequest body) {
        return ResponseEntity.status(201).body(guide.add(user, body.term(), body.suggestion(), body.language()));
    }
}

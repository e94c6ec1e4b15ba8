package org.alongside.workforce.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.alongside.workforce.Credentials;
import org.alongside.workforce.Profiles;
import org.alongside.workforce.ProofFiles;
import org.alongside.workforce.RuleSetCatalog;
import org.alongside.workforce.Trainings;
import org.alongside.workforce.domain.HourCategory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that record a credential, its renewal and a training, each with its proof uploaded in
 * the same step, and the proof served back to those who may read the record.
 */
@Controller
class CredentialPages {

    private final Profiles profiles;
    private final Credentials credentials;
    private final Trainings trainings;
    private final ProofFiles proofs;
    private final RuleSetCatalog catalog;
    private final Texts texts;
    private final Clock clock;

    CredentialPages(
            Profiles profiles,
            Credentials credentials,
            Trainings trainings,
            ProofFiles proofs,
            RuleSetCatalog catalog,
            Texts texts,
            Clock clock) {
        this.profiles = profiles;
        this.credentials = credentials;
        this.trainings = trainings;
        this.proofs = proofs;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping({
        "/workforce/staff/{staffId}/credentials/new",
        "/workforce/staff/{staffId}/credentials/{credentialId}/renew"
    })
    String credentialForm(
            StaffMember user,
            @PathVariable UUID staffId,
            @PathVariable(required = false) UUID credentialId,
            Model model) {
        model.addAttribute("profile", profiles.get(user, staffId));
        model.addAttribute("ruleSets", catalog.all());
        model.addAttribute(
                "renewing",
                credentialId == null
                        ? null
                        : credentials.of(user, staffId).stream()
                                .filter(h -> h.credential().id().equals(credentialId))
                                .findFirst()
                                .orElseThrow(() -> new NotFoundException("This credential")));
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "workforce/credential";
    }

    @PostMapping({
        "/workforce/staff/{staffId}/credentials",
        "/workforce/staff/{staffId}/credentials/{credentialId}/renew"
    })
    String credential(
            StaffMember user,
            @PathVariable UUID staffId,
            @PathVariable(required = false) UUID credentialId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) MultipartFile proof,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    Credentials.NewCredential asked = new Credentials.NewCredential(
                            form.getFirst("ruleSetId"),
                            form.getFirst("typeName"),
                            form.getFirst("issuingBody"),
                            form.getFirst("number"),
                            FormValues.date(form.getFirst("certifiedOn"), "certifiedOn", errors),
                            FormValues.date(form.getFirst("issuedOn"), "issuedOn", errors),
                            FormValues.date(form.getFirst("expiresOn"), "expiresOn", errors),
                            null);
                    Forms.refuseIfAny(errors);
                    if (credentialId == null) {
                        credentials.add(user, staffId, asked, upload(proof));
                    } else {
                        credentials.replace(user, staffId, credentialId, asked, upload(proof));
                    }
                    redirect.addFlashAttribute("saved", texts.of("workforce.flash.credential"));
                    return "redirect:/workforce/staff/" + staffId;
                },
                () -> credentialForm(user, staffId, credentialId, model));
    }

    @GetMapping("/workforce/staff/{staffId}/trainings/new")
    String trainingForm(StaffMember user, @PathVariable UUID staffId, Model model) {
        model.addAttribute("profile", profiles.get(user, staffId));
        model.addAttribute("categories", HourCategory.values());
        model.addAttribute("today", LocalDate.now(clock));
        Forms.errorsIfNone(model);
        return "workforce/training";
    }

    @PostMapping("/workforce/staff/{staffId}/trainings")
    String training(
            StaffMember user,
            @PathVariable UUID staffId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) MultipartFile proof,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                model,
                () -> {
                    Map<String, String> errors = new HashMap<>();
                    LocalDate on = FormValues.date(form.getFirst("takenOn"), "takenOn", errors);
                    BigDecimal hours = decimal(form.getFirst("hours"), "hours", errors);
                    Map<HourCategory, BigDecimal> split = new EnumMap<>(HourCategory.class);
                    for (HourCategory category : HourCategory.values()) {
                        BigDecimal value = decimal(form.getFirst("category-" + category), "categoryHours", errors);
                        if (value != null) {
                            split.put(category, value);
                        }
                    }
                    Forms.refuseIfAny(errors);
                    trainings.log(
                            user,
                            staffId,
                            new Trainings.NewTraining(
                                    on,
                                    form.getFirst("title"),
                                    form.getFirst("provider"),
                                    "true".equals(form.getFirst("approvedProvider")),
                                    hours,
                                    split,
                                    null),
                            upload(proof));
                    redirect.addFlashAttribute("saved", texts.of("workforce.flash.training"));
                    return "redirect:/workforce/staff/" + staffId + "#trainings-heading";
                },
                () -> trainingForm(user, staffId, model));
    }

    @GetMapping("/workforce/staff/{staffId}/proofs/{proofId}")
    ResponseEntity<byte[]> proof(StaffMember user, @PathVariable UUID staffId, @PathVariable UUID proofId) {
        ProofFiles.Proof proof = proofs.read(user, staffId, proofId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(proof.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(proof.fileName())
                                .build()
                                .toString())
                .body(proof.content());
    }

    static ProofFiles.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return ProofFiles.Upload.of(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInputException("proof", "The file could not be read: try again");
        }
    }

    static BigDecimal decimal(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "Write the hours as a number, such as 1.5");
            return null;
        }
    }
}

package org.alongside.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alongside.directory.AlongsideTerms;
import org.alongside.directory.DirectorySearch;
import org.alongside.directory.DirectorySearch.Query;
import org.alongside.directory.HoursText;
import org.alongside.directory.SearchingFor;
import org.alongside.directory.ServiceOutcomes;
import org.alongside.directory.ServicePage;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.Forms;
import org.alongside.shared.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory for staff, phone first: one search box and filters, results with what is needed
 * to decide and to get there, and each service's page. Words and hours are written here in the
 * reader's language.
 */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final ServicePage services;
    private final AlongsideTerms terms;
    private final Texts texts;
    private final HoursText hoursText;
    private final List<ServiceOutcomes> outcomes;
    private final SearchingFor searchingFor;

    DirectoryController(
            DirectorySearch search,
            ServicePage services,
            AlongsideTerms terms,
            Texts texts,
            HoursText hoursText,
            List<ServiceOutcomes> outcomes,
            SearchingFor searchingFor) {
        this.searchingFor = searchingFor;
        this.search = search;
        this.services = services;
        this.terms = terms;
        this.texts = texts;
        this.hoursText = hoursText;
        this.outcomes = outcomes;
    }

    @GetMapping("/directory")
    String search(
            StaffMember user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> need,
            @RequestParam(required = false) List<String> dimension,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String free,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String lat,
            @RequestParam(required = false) String lon,
            @RequestParam(required = false) String page,
            @RequestParam(name = "for", required = false) String forPerson,
            Model model,
            HttpServletResponse response) {
        SearchAddress address = SearchAddress.read(
                texts, q, need, dimension, language, free, open, postcode, lat, lon, page, forPerson);
        Query query = address.query();
        model.addAttribute("forPerson", address.forPerson());
        model.addAttribute(
                "forName", address.forPerson() == null ? null : searchingFor.nameOf(user, address.forPerson()));
        model.addAttribute("query", query);
        model.addAttribute("needs", terms.of("need").keySet());
        model.addAttribute("dimensions", terms.of("dimension").keySet());
        model.addAttribute("languages", languages());
        model.addAttribute("errors", address.errors());
        if (!address.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "directory/search";
        }
        boolean asked = (q != null && !q.isBlank())
                || query.needs().size() + query.dimensions().size() > 0
                || language != null && !language.isBlank()
                || query.free()
                || query.openNow()
                || postcode != null && !postcode.isBlank()
                || query.latitude() != null;
        if (!asked) {
            return "directory/search";
        }
        if (q != null && q.length() > 200) {
            model.addAttribute("errors", Map.of("q", texts.of("directory.error.tooLong")));
            return "directory/search";
        }
        return Forms.submit(
                model,
                () -> {
                    showResults(query, model);
                    return "directory/search";
                },
                () -> "directory/search");
    }

    private void showResults(Query query, Model model) {
        var results = search.search(query);
        Map<UUID, ServiceOutcomes.Outcome> past = outcomesOf(
                results.results().stream().map(DirectorySearch.Result::id).toList());
        model.addAttribute("results", results);
        model.addAttribute("need", query.needs().size() == 1 ? query.needs().get(0) : null);
        List<Map<String, String>> found = new ArrayList<>(results.results().size());
        for (DirectorySearch.Result result : results.results()) {
            found.add(found(result, past.get(result.id())));
        }
        model.addAttribute("found", found);
    }

    @GetMapping("/directory/services/{id}")
    String service(
            StaffMember user,
            @PathVariable UUID id,
            @RequestParam(name = "for", required = false) UUID forPerson,
            @RequestParam(required = false) String need,
            Model model) {
        model.addAttribute("forPerson", forPerson);
        model.addAttribute("forName", forPerson == null ? null : searchingFor.nameOf(user, forPerson));
        model.addAttribute("need", need != null && terms.of("need").containsKey(need) ? need : null);
        ServicePage.View view = services.of(id).orElseThrow(() -> new NotFoundException("This service"));
        model.addAttribute("service", view);
        model.addAttribute("hours", view.hours().stream().map(hoursText::of).toList());
        ServiceOutcomes.Outcome past = outcomesOf(List.of(id)).get(id);
        model.addAttribute("connected", connected(past));
        model.addAttribute(
                "helped",
                past != null && past.helpedShown() ? texts.of("directory.helped", past.helped(), past.rated()) : null);
        return "directory/service";
    }

    /**
     * A result as the page shows it: {@code id}, {@code name}, {@code organization}, {@code distance},
     * {@code hours} (open now or not, and today's hours) with {@code hoursClass}, {@code closed} (when
     * temporarily closed), {@code outcome} (what past referrals came to, when enough stand behind
     * it), {@code phone}, {@code address} and {@code refer} (present when the service takes
     * referrals); a part it lacks is null. A map, as on Today: the template reads a map's entries
     * directly, where each read of a record's property goes through Thymeleaf's restricted-expression
     * checks and a reflective lookup.
     */
    private Map<String, String> found(DirectorySearch.Result result, ServiceOutcomes.Outcome past) {
        Map<String, String> found = new HashMap<>(16);
        found.put("id", result.id().toString());
        found.put("name", result.name());
        found.put("organization", result.organization());
        found.put("distance", distance(result.kilometres()));
        found.put("hours", hoursText.today(result));
        found.put("hoursClass", result.openNow() ? "open-now" : "meta");
        found.put(
                "closed",
                "temporarily closed".equals(result.status()) ? texts.of("directory.temporarilyClosed") : null);
        found.put("outcome", connected(past));
        found.put("phone", result.phone());
        found.put("address", result.address());
        found.put("refer", result.takesReferrals() ? texts.of("directory.referTo", result.name()) : null);
        return found;
    }

    private Map<UUID, ServiceOutcomes.Outcome> outcomesOf(List<UUID> ids) {
        return outcomes.isEmpty() ? Map.of() : outcomes.get(0).of(ids);
    }

    private String connected(ServiceOutcomes.Outcome outcome) {
        return outcome != null && outcome.connectedShown()
                ? texts.of("directory.connected", outcome.connected(), outcome.ended())
                : null;
    }

    /** The languages the directory's services are offered in, each named in the reader's language. */
    private Map<String, String> languages() {
        Locale reader = LocaleContextHolder.getLocale();
        return search.languages().stream()
                .collect(Collectors.toMap(
                        code -> code,
                        code -> {
                            String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
                            return name.isBlank() || name.equals(code) ? code : name;
                        },
                        (a, b) -> a,
                        TreeMap::new));
    }

    private String distance(Double km) {
        if (km == null) {
            return null;
        }
        return km < 1
                ? texts.of("directory.metres", Math.round(km * 1000 / 10) * 10)
                : texts.of("directory.km", String.format(LocaleContextHolder.getLocale(), "%.1f", km));
    }
}

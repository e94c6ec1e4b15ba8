package org.alongside.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.ApiSupport;
import org.alongside.Fixtures;
import org.alongside.Fixtures.Org;
import org.alongside.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail is scoped like everything else about a person: an administrator of one program
 * never learns who acted on a person enrolled only in another (under 42 CFR Part 2 even that
 * someone receives services is protected). Filtering by such a person answers exactly as for an
 * id that names no one, and every browse of the trail is itself recorded.
 */
@AlongsideTest
class AuditScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiSupport api;
    Org x;
    Org y;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiSupport(mvc, context);
        Fixtures fixtures = new Fixtures(context);
        x = fixtures.org();
        y = fixtures.org();
        api.get(x.workerA(), "/api/v1/participants/" + x.personOfA().id()).andExpect(status().isOk());
        page(y.admin(), "/admin/audit"); // the browse's own action is then already among the page's choices
    }

    private String page(CurrentUser admin, String url) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", "en").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("content=\"[^\"]*\" name=\"_csrf\"|name=\"_csrf\" content=\"[^\"]*\"", "")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("<meta name=\"_csrf\"[^>]*>", "");
    }

    private List<String> participantsIn(CurrentUser admin, String query) throws Exception {
        String json = api.get(admin, "/api/v1/audit/events?limit=500" + query)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$[*].participantId");
    }

    @Test
    void anotherProgramsAdministratorFilteringByThatPersonSeesWhatAnUnknownIdShows() throws Exception {
        UUID person = x.personOfA().id();
        UUID nobody = UUID.randomUUID();
        String forPerson = page(y.admin(), "/admin/audit?participant=" + person);
        String forNobody = page(y.admin(), "/admin/audit?participant=" + nobody);
        assertThat(forPerson.replace(person.toString(), "ID")).isEqualTo(forNobody.replace(nobody.toString(), "ID"));
        assertThat(participantsIn(y.admin(), "&participant=" + person)).isEmpty();
        assertThat(participantsIn(y.admin(), "&participant=" + nobody)).isEmpty();
    }

    @Test
    void anotherProgramsAdministratorBrowsingEverythingSeesNoRowAboutThatPerson() throws Exception {
        assertThat(participantsIn(y.admin(), ""))
                .doesNotContain(x.personOfA().id().toString());
        assertThat(participantsIn(y.admin(), "&actor=" + x.workerA().id()))
                .as("not even by asking for what that program's worker did")
                .doesNotContain(x.personOfA().id().toString());
    }

    @Test
    void theirOwnProgramsAdministratorSeesThePersonsRows() throws Exception {
        List<String> rows =
                participantsIn(x.admin(), "&participant=" + x.personOfA().id());
        assertThat(rows).isNotEmpty().containsOnly(x.personOfA().id().toString());
        assertThat(page(x.admin(), "/admin/audit?participant=" + x.personOfA().id()))
                .contains("participant.view");
    }

    @Test
    void everyBrowseOfTheTrailIsRecordedAndOneByAPersonOutOfReachAsARefusal() throws Exception {
        UUID person = x.personOfA().id();
        participantsIn(x.admin(), "&participant=" + person);
        participantsIn(y.admin(), "&participant=" + person);
        participantsIn(y.admin(), "");
        assertThat(api.auditCountByActor("audit.browse", x.admin().id(), "SUCCESS"))
                .isEqualTo(1);
        assertThat(api.auditCount("audit.browse", person, "SUCCESS")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'audit.browse' and actor_id = :a and outcome = 'DENIED' and subject_id = :p
                        """)
                        .param("a", y.admin().id())
                        .param("p", person.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'audit.browse' and actor_id = :a and outcome = 'SUCCESS' and subject_type = 'audit'
                        """).param("a", y.admin().id()).query(Long.class).single())
                .as("the setUp's page and the unfiltered API call")
                .isEqualTo(2);
    }

    @Test
    void everyoneAStaffMemberOpenedIsListedForABreachScopeOnlyToAdministratorsWhoMaySeeThem() throws Exception {
        String name = x.personOfA().details().preferredName();
        api.get(x.workerA(), "/api/v1/participants/" + x.personOfA().id() + "/consents")
                .andExpect(status().isOk());
        String today = java.time.LocalDate.now().toString();
        String query = "?actor=" + x.workerA().id() + "&from=" + today + "&to=" + today;

        String mine = page(x.admin(), "/admin/audit" + query);
        assertThat(mine).contains("Everyone this account opened in these dates");
        String row = mine.substring(
                mine.indexOf("opened-heading"), mine.indexOf("</section>", mine.indexOf("opened-heading")));
        assertThat(row).contains(name).contains("Read consents").contains(">2<");

        String csv = mvc.perform(get("/admin/audit/opened.csv" + query)
                        .header("Accept-Language", "en")
                        .with(user(x.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().toList().get(0)).isEqualTo("Person,Record id,Times,First,Last,What was done");
        assertThat(csv).contains(name + "," + x.personOfA().id() + ",2,");

        String theirs = page(y.admin(), "/admin/audit" + query);
        assertThat(theirs).contains("No one in these dates.").doesNotContain(name);
        assertThat(mvc.perform(get("/admin/audit/opened.csv" + query).with(user(y.admin())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(name);
        mvc.perform(get("/admin/audit/opened.csv?actor=nobody")
                        .header("Accept-Language", "en")
                        .with(user(x.admin())))
                .andExpect(status().isBadRequest());
    }
}

package org.alongside.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.alongside.AlongsideTest;
import org.alongside.Fixtures;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Imports in the background: started from the API or the page, followed by their progress, finished with a report. */
@AlongsideTest
class DirectoryImportJobTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = new Fixtures(context).account("job-" + System.nanoTime(), "Job Admin", Role.ADMIN);
    }

    private byte[] onePantry() {
        String org = UUID.randomUUID().toString();
        return DirectoryImportTests.zip(Map.of(
                "organizations.csv", "id,name,description\n" + org + ",Heather Trust,Made up\n",
                "services.csv",
                        "id,organization_id,name,status,minimum_age\n" + UUID.randomUUID() + "," + org
                                + ",Heather Pantry,active,\n" + UUID.randomUUID() + "," + org
                                + ",Heather Club,active,ten\n"));
    }

    private String finishedStatus(String location) throws Exception {
        for (int i = 0; i < 100; i++) {
            String body = mvc.perform(get(location).with(user(admin)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (JsonPath.read(body, "$.stage").equals("done")
                    || JsonPath.read(body, "$.stage").equals("failed")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 10 seconds");
    }

    @Test
    void anImportStartedFromTheApiAnswersAtOnceAndItsProgressResourceEndsWithTheReport() throws Exception {
        String location = mvc.perform(post("/api/v1/directory/imports")
                        .param("file_name", "pantry.zip")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(onePantry())
                        .with(user(admin)))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String done = finishedStatus(location);
        assertThat((Integer) JsonPath.read(done, "$.percent")).isEqualTo(100);
        assertThat((Boolean) JsonPath.read(done, "$.report.saved")).isTrue();
        assertThat((Integer) JsonPath.read(done, "$.report.counts.service")).isEqualTo(1);
        assertThat((String) JsonPath.read(done, "$.report.refused[0].field")).isEqualTo("minimum_age");
        assertThat((Integer) JsonPath.read(done, "$.report.refused[0].row")).isEqualTo(3);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndAPeerWorkerMayNotImport() throws Exception {
        mvc.perform(post("/api/v1/directory/imports")
                        .param("file_name", "big.zip")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(new byte[2_000_001])
                        .with(user(admin)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("This file is larger than the 2 MB an import takes"));
        CurrentUser worker = new Fixtures(context).account("job-w-" + System.nanoTime(), "Worker", Role.PEER_WORKER);
        mvc.perform(post("/api/v1/directory/imports")
                        .param("file_name", "pantry.zip")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(onePantry())
                        .with(user(worker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theImportPageShowsAProgressBarThatEndsInTheReport() throws Exception {
        String location = mvc.perform(multipart("/admin/directory/imports")
                        .file(new MockMultipartFile("file", "pantry.zip", "application/zip", onePantry()))
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(location).with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<progress id=\"bar\" max=\"100\"");
        finishedStatus("/api/v1/directory/imports/" + location.substring(location.lastIndexOf('/') + 1));
        String report = mvc.perform(get(location + "/progress").with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(report)
                .contains("value=\"100\"")
                .contains("Imported.")
                .contains("minimum_age")
                .contains("Not a number: “ten”")
                .doesNotContain("hx-trigger");
    }

    @Test
    void aFileThatIsNeitherZipNorJsonIsRefusedBesideTheField() throws Exception {
        String page = mvc.perform(multipart("/admin/directory/imports")
                        .file(new MockMultipartFile(
                                "file", "services.xlsx", "application/octet-stream", new byte[] {1, 2}))
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"file-error\"")
                .contains("Choose a .zip data package or a .json file of services");
    }
}

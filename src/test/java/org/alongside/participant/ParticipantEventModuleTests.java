package org.alongside.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.Role;
import org.alongside.shared.Viewer;
import org.alongside.staff.ProgramManagement;
import org.alongside.staff.ProgramSetting;
import org.alongside.staff.StaffManagement;
import org.alongside.staff.StaffSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The participant module on its own (with the modules it depends on and the embedded database):
 * enrolling a person publishes {@link ParticipantEnrolled} for other modules to react to.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class ParticipantEventModuleTests {

    @Autowired
    ParticipantManagement participants;

    @Autowired
    StaffManagement staff;

    @Autowired
    ProgramManagement programs;

    @Test
    void enrollingAPersonInTheModuleAlonePublishesParticipantEnrolled(Scenario scenario) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StaffSummary admin = staff.createAccount(
                null,
                new StaffManagement.NewStaff(
                        tag + "-a@test.example",
                        "Admin " + tag,
                        Set.of(Role.ADMIN, Role.PEER_WORKER),
                        "correct horse battery staple",
                        null,
                        false),
                false);
        var viewer = new Viewer.StaffMember(admin.id(), admin.roles());
        UUID program = programs.create(viewer, "Program " + tag, ProgramSetting.PEER_RUN_CENTER)
                .id();
        programs.addMember(viewer, program, admin.id());
        scenario.stimulate(() -> participants.enrol(
                        viewer,
                        new ParticipantManagement.NewParticipant(
                                new ParticipantDetails(
                                        "Module " + tag, null, null, null, null, null, List.of(), List.of()),
                                program,
                                admin.id(),
                                null,
                                LocalDate.now())))
                .andWaitForEventOfType(ParticipantEnrolled.class)
                .matching(event -> event.programId().equals(program))
                .toArriveAndVerify(
                        (event, person) -> assertThat(event.participantId()).isEqualTo(person.id()));
    }
}

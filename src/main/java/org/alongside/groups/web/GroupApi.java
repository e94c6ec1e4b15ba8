package org.alongside.groups.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.alongside.groups.AttendanceManagement;
import org.alongside.groups.GroupManagement;
import org.alongside.groups.GroupView;
import org.alongside.groups.SessionView;
import org.alongside.groups.domain.GroupStore.GroupRow;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.Viewer.StaffMember;
import org.alongside.shared.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recovery groups, their roster, sessions and attendance over the API. */
@RestController
@RequestMapping("/api/v1/groups")
class GroupApi {

    private final GroupManagement groups;
    private final AttendanceManagement attendance;

    GroupApi(GroupManagement groups, AttendanceManagement attendance) {
        this.groups = groups;
        this.attendance = attendance;
    }

    record PersonRequest(@Schema(requiredMode = REQUIRED) UUID participantId) {}

    record GroupNoteRequest(
            String note, @Schema(requiredMode = REQUIRED) Long version) {}

    record SessionSignRequest(
            @Schema(requiredMode = REQUIRED) Long version) {}

    @Operation(summary = "Set up a recovery group (administrators and supervisors of its program)")
    @PostMapping
    ResponseEntity<GroupView> create(StaffMember user, @RequestBody GroupManagement.NewGroup body) {
        GroupView group = groups.create(user, body);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + group.id()))
                .body(group);
    }

    @Operation(summary = "Groups you facilitate, or belong to the program of as an administrator or supervisor")
    @GetMapping
    List<GroupRow> list(StaffMember user) {
        return groups.list(user);
    }

    @GetMapping("/{groupId}")
    GroupView get(StaffMember user, @PathVariable UUID groupId) {
        return attendance.get(user, groupId);
    }

    @Operation(summary = "Add a person enrolled in the group's program to its roster")
    @PostMapping("/{groupId}/roster")
    GroupView addToRoster(StaffMember user, @PathVariable UUID groupId, @RequestBody PersonRequest body) {
        return attendance.addToRoster(user, groupId, required(body.participantId()));
    }

    @Operation(summary = "Start a session: date, start and end time, topic")
    @PostMapping("/{groupId}/sessions")
    ResponseEntity<SessionView> startSession(
            StaffMember user, @PathVariable UUID groupId, @RequestBody SessionRequest body) {
        SessionView session = groups.startSession(user, groupId, body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + groupId + "/sessions/" + session.id()))
                .body(session);
    }

    record SessionRequest(
            @Schema(requiredMode = REQUIRED) LocalDate date,
            @Schema(requiredMode = REQUIRED) LocalTime start,

            @Schema(requiredMode = REQUIRED, example = "12:00")
            LocalTime end,

            @Schema(requiredMode = REQUIRED) String topic) {
        GroupManagement.NewSession toCommand() {
            return new GroupManagement.NewSession(date, start, end, topic);
        }
    }

    @GetMapping("/{groupId}/sessions/{sessionId}")
    SessionView session(StaffMember user, @PathVariable UUID groupId, @PathVariable UUID sessionId) {
        return attendance.getSession(user, groupId, sessionId);
    }

    @Operation(summary = "Mark a person present: from the roster, or a walk-in you may see from the same program")
    @PostMapping("/{groupId}/sessions/{sessionId}/attendance")
    SessionView markPresent(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @RequestBody PersonRequest body) {
        return attendance.markPresent(user, groupId, sessionId, required(body.participantId()));
    }

    @Operation(summary = "Un-mark a person before the session is signed")
    @DeleteMapping("/{groupId}/sessions/{sessionId}/attendance/{participantId}")
    SessionView markAbsent(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @PathVariable UUID participantId) {
        return attendance.markAbsent(user, groupId, sessionId, participantId);
    }

    @Operation(summary = "Save the group note; send the version you read")
    @PutMapping("/{groupId}/sessions/{sessionId}/note")
    SessionView saveNote(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @RequestBody GroupNoteRequest body) {
        groups.saveNote(user, groupId, sessionId, body.note(), FormValues.requiredVersion(body.version(), "session"));
        return attendance.getSession(user, groupId, sessionId);
    }

    @Operation(summary = "Sign the session: it locks and each attendee gets a group contact with H0038-HQ units")
    @PostMapping("/{groupId}/sessions/{sessionId}/sign")
    SessionView sign(
            StaffMember user,
            @PathVariable UUID groupId,
            @PathVariable UUID sessionId,
            @RequestBody SessionSignRequest body) {
        return attendance.sign(user, groupId, sessionId, FormValues.requiredVersion(body.version(), "session"));
    }

    private static UUID required(UUID participantId) {
        if (participantId == null) {
            throw new InvalidInputException("participantId", "Say who: the person's id");
        }
        return participantId;
    }
}

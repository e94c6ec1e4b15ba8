package org.alongside.events;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alongside.participant.ParticipantEnrolled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener of {@link ParticipantEnrolled} as the first real one will be (a module listener:
 * after the enrolment commits, in a transaction of its own, its publication kept in the registry
 * until it completes), which a test can make fail for the enrolments of one program.
 */
@Component
public class EnrolmentListenerProbe {

    private final Set<UUID> failingPrograms = ConcurrentHashMap.newKeySet();
    private final Set<UUID> heard = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(ParticipantEnrolled event) {
        if (failingPrograms.contains(event.programId())) {
            throw new IllegalStateException("the probe fails for this program, as a test asked");
        }
        heard.add(event.participantId());
    }

    public void failFor(UUID programId) {
        failingPrograms.add(programId);
    }

    public void recoverFor(UUID programId) {
        failingPrograms.remove(programId);
    }

    public boolean heard(UUID participantId) {
        return heard.contains(participantId);
    }
}

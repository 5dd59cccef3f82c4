package uz.ovoz.voting.live.socket;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.List;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.net.ClientAddresses;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.voting.ballot.boundary.BallotCodes;
import uz.ovoz.voting.ballot.boundary.Ballots;
import uz.ovoz.voting.ballot.boundary.Refusal;
import uz.ovoz.voting.ballot.control.VoteOutcome;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.live.control.LiveEvents;
import uz.ovoz.voting.live.control.LiveFrame;
import uz.ovoz.voting.live.control.LiveSnapshots;

/** What the voter channel does with each kind of frame. */
@ApplicationScoped
public class VoterMessages {

    static final String REDEEMED_CODE = "ovoz.ballotCode";

    @EJB
    LiveEvents events;

    @Inject
    LiveSnapshots snapshots;

    @Inject
    Ballots ballots;

    @EJB
    BallotCodes codes;

    @Inject
    ClientAddresses addresses;

    void handle(String link, ClientMessage message, Session session, Outbox outbox) {
        // the cached snapshot without a container call: this runs for every frame a voter sends
        EventSnapshot event = snapshots
                .cached(link)
                .or(() -> events.snapshot(link))
                .orElseThrow(() -> new Refusal("This event no longer exists"));
        switch (message.type()) {
            case "ping" -> outbox.send(JsonMessages.toJson(new LiveFrame.Pong()));
            case "cast_vote" -> cast(event, message, session, outbox);
            case "enter_code" -> enterCode(event, message, session, outbox);
            default -> throw new Refusal("Unknown message type: " + message.type());
        }
    }

    private void cast(EventSnapshot event, ClientMessage message, Session session, Outbox outbox) {
        String code = (String) session.getUserProperties().get(REDEEMED_CODE);
        ballots.cast(event, message.castVote(), addresses.of(session).orElse(null), code)
                .thenAccept(outcome -> outbox.send(JsonMessages.toJson(answer(event, outcome))));
    }

    private void enterCode(EventSnapshot event, ClientMessage message, Session session, Outbox outbox) {
        if (!event.requiresCodes()) {
            throw new Refusal("This event does not use ballot codes");
        }
        String code = codes.redeem(event.eventId(), message.field("code"), message.field("device_id"));
        session.getUserProperties().put(REDEEMED_CODE, code);
        outbox.send(JsonMessages.toJson(new LiveFrame.CodeAccepted(code)));
    }

    static LiveFrame answer(EventSnapshot event, VoteOutcome outcome) {
        if (outcome instanceof VoteOutcome.Stored stored) {
            return confirmed(event, stored);
        }
        if (outcome instanceof VoteOutcome.Duplicate duplicate) {
            return new LiveFrame.AlreadyVoted(
                    duplicate.request().ballotCode() == null
                            ? "You have already voted for this candidate from this device"
                            : "This ballot code has already voted for this candidate",
                    duplicate.request().candidateId(),
                    duplicate.recorded() == null ? null : duplicate.recorded().wire());
        }
        if (outcome instanceof VoteOutcome.Refused refused) {
            return LiveFrame.Error.of(refused.reason(), refused.message());
        }
        return LiveFrame.Error.of("busy", ((VoteOutcome.Failed) outcome).reason());
    }

    private static LiveFrame confirmed(EventSnapshot event, VoteOutcome.Stored stored) {
        long candidateId = stored.request().candidateId();
        String position =
                event.entry(candidateId).map(EventSnapshot.Entry::whichPosition).orElse(null);
        String automaticType = stored.automatic().isEmpty()
                ? null
                : stored.request().automaticTypeForPeers().wire();
        List<LiveFrame.AutoVoted> automatic = stored.automatic().stream()
                .map(peer -> new LiveFrame.AutoVoted(
                        peer,
                        event.entry(peer).map(EventSnapshot.Entry::fullName).orElse(null),
                        automaticType))
                .toList();
        return new LiveFrame.VoteConfirmed(
                stored.request().voteType().wire(),
                candidateId,
                position,
                automatic,
                stored.request().nonce());
    }
}

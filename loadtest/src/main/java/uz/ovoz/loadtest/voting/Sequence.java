package uz.ovoz.loadtest.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uz.ovoz.loadtest.Options;
import uz.ovoz.loadtest.Progress;
import uz.ovoz.loadtest.Report;
import uz.ovoz.loadtest.measure.CpuMeter;
import uz.ovoz.loadtest.measure.Latencies;
import uz.ovoz.loadtest.measure.Pacer;
import uz.ovoz.loadtest.ws.Connector;

/**
 * An admin-driven run through the candidates: next candidate, start timer, then (for
 * {@code vote-storm}) every voter votes at the target rate. Each admin call's fan-out to every voter
 * is timed; so is each vote's confirmation, which the server sends only after the commit.
 */
final class Sequence {

    private final VotingRun run;
    private final boolean votes;
    private final double rate;
    private final double roundTimeout;
    final Latencies timerFanout = new Latencies();
    final Latencies nextFanout = new Latencies();
    final List<Double> timerLast = new ArrayList<>();
    final List<Double> nextLast = new ArrayList<>();
    /** How long each admin call took to answer: its authentication, transaction and broadcast. */
    final List<Long> timerCallMs = new ArrayList<>();

    final List<Long> nextCallMs = new ArrayList<>();
    final List<Ballot> ballots = new ArrayList<>();
    /** From each admin call to the last voter reached. */
    final CpuMeter fanoutCpu;
    /** From each candidate's first vote to its last answer and the displays' showing of it. */
    final CpuMeter voteCpu;

    Sequence(VotingRun run, Options options, boolean votes) {
        this.run = run;
        this.votes = votes;
        this.rate = votes ? options.decimal("rate", 5000) : 0;
        this.roundTimeout = options.decimal("round-timeout", 120);
        this.fanoutCpu = run.cpuMeter();
        this.voteCpu = run.cpuMeter();
        run.duplicatePercent = votes ? options.integer("duplicate-percent", 1) : 0;
    }

    /** Makes the event, connects everyone, runs through every candidate and reports the fan-outs. */
    static Sequence drive(VotingRun run, Options options, boolean votes, Report report) {
        run.createEvent(options.integer("candidates", 5));
        run.connect(report);
        Sequence sequence = new Sequence(run, options, votes);
        sequence.runAll();
        sequence.report(report);
        return sequence;
    }

    void runAll() {
        for (int k = 0; k < run.candidateIds.length; k++) {
            long candidate = run.candidateIds[k];
            if (k > 0) {
                nextLast.add(fanOut(candidate, false, () -> run.admin.next(run.eventId), nextFanout, nextCallMs));
            }
            timerLast.add(fanOut(candidate, true, () -> run.admin.timer(run.eventId), timerFanout, timerCallMs));
            if (votes) {
                vote(candidate);
            }
        }
    }

    private double fanOut(
            long candidate, boolean timerRunning, Supplier<?> adminCall, Latencies into, List<Long> callMs) {
        Arrival arrival = new Arrival(candidate, timerRunning);
        run.arrival = arrival;
        fanoutCpu.start();
        long called = System.nanoTime();
        adminCall.get();
        callMs.add((System.nanoTime() - called) / 1_000_000);
        long expected = run.openVoters();
        Connector.await(() -> arrival.arrived() >= expected, 30);
        fanoutCpu.stop();
        run.arrival = null;
        System.out.printf(
                "[fanout] candidate %d %s: %d/%d voters, last after %.0f ms (admin call answered after %d ms), %s%n",
                candidate,
                timerRunning ? "timer" : "next",
                arrival.arrived(),
                expected,
                arrival.lastMillis(),
                callMs.get(callMs.size() - 1),
                arrival.latencies.brief());
        into.add(arrival.latencies);
        return arrival.lastMillis();
    }

    private void vote(long candidate) {
        Ballot ballot = new Ballot(candidate, run.voters.size());
        run.ballot = ballot;
        List<Voter> ready = run.voters.stream()
                .filter(voter -> voter.connection != null && voter.connection.isOpen())
                .toList();
        try (Progress progress = new Progress(
                "votes " + candidate,
                () -> String.format(
                        "sent %d (+%d dup), confirmed %d, duplicate %d, refused %d, ack %s",
                        ballot.sent.sum(),
                        ballot.duplicatesSent.sum(),
                        ballot.confirmed.sum(),
                        ballot.duplicates.sum(),
                        ballot.refused.sum(),
                        ballot.acks.brief()))) {
            voteCpu.start();
            new Pacer(rate, ready.size()).run(i -> {
                ballot.sending(System.nanoTime());
                ready.get((int) i).vote(candidate);
            });
            Connector.await(() -> ballot.answers() >= ballot.sent.sum() + ballot.duplicatesSent.sum(), roundTimeout);
        }
        ballots.add(ballot);
        // an admin moves on after the displays showed the result, not within the tally interval
        long confirmed = ballot.confirmed.sum();
        Connector.await(
                () -> run.displays.stream()
                        .allMatch(display -> display.closed
                                || display.updates(candidate).stream().anyMatch(update -> update.total() >= confirmed)),
                10);
        voteCpu.stop();
        System.out.printf(
                "[votes] candidate %d: %d confirmed in %.2f s (%.0f/s), ack %s%n",
                candidate,
                ballot.confirmed.sum(),
                ballot.seconds(),
                ballot.confirmed.sum() / Math.max(ballot.seconds(), 1e-9),
                ballot.acks.brief());
    }

    void report(Report report) {
        report.put("candidates", run.candidateIds.length)
                .put("fanout_start_timer", timerFanout.summary())
                .put("fanout_start_timer_last_ms", timerLast)
                .put("fanout_start_timer_admin_call_ms", timerCallMs)
                .put("fanout_next_candidate", nextFanout.summary())
                .put("fanout_next_candidate_last_ms", nextLast)
                .put("fanout_next_candidate_admin_call_ms", nextCallMs)
                .put("cpu_per_voter_reached", fanoutCpu.perOperation(timerFanout.count() + nextFanout.count()));
    }
}

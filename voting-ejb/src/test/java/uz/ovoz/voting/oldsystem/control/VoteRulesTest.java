package uz.ovoz.voting.oldsystem.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.oldsystem.control.VoteRules.Verdict;

class VoteRulesTest {

    @Test
    void aSecondVoteOfOneVoterForOneCandidateIsADuplicateAndTheFirstCounts() {
        VoteRules rules = new VoteRules();
        assertEquals(Verdict.COUNTS, rules.admit(1, 10, null, "d1", VoteType.YES));
        assertEquals(Verdict.DUPLICATE, rules.admit(1, 10, null, "d1", VoteType.NO));
        assertEquals(Verdict.COUNTS, rules.admit(1, 10, null, "d2", VoteType.NO));
        assertEquals(Verdict.COUNTS, rules.admit(2, 10, null, "d1", VoteType.YES));
    }

    @Test
    void inAGroupAVoterDecidesOnceAndANoDecidesNothing() {
        VoteRules rules = new VoteRules();
        assertEquals(Verdict.COUNTS, rules.admit(1, 10, 1, "d1", VoteType.NO));
        assertEquals(Verdict.COUNTS, rules.admit(1, 11, 1, "d1", VoteType.YES));
        assertEquals(Verdict.SECOND_DECISION, rules.admit(1, 12, 1, "d1", VoteType.NEUTRAL));
        assertEquals(Verdict.COUNTS, rules.admit(1, 12, 2, "d1", VoteType.YES));
    }

    @Test
    void aVoteWithoutADeviceIsTheVoteOfItsAddress() {
        assertEquals("ip:10.0.0.9", new OldRows.Vote(1, 1, 1L, 1, "10.0.0.9", null, null, "yes", null).voter());
        assertEquals("d1", new OldRows.Vote(1, 1, 1L, 1, "10.0.0.9", "d1", null, "yes", null).voter());
    }

    @Test
    void onlyAPlainFileNameUnderUploadsIsFollowed(@TempDir Path uploads) throws Exception {
        Files.write(uploads.resolve("a1.png"), new byte[] {1});
        assertEquals(Optional.of("a1.png"), OldPhotos.uploadedName("http://old.example.uz/uploads/a1.png"));
        assertEquals(Optional.empty(), OldPhotos.uploadedName("http://old.example.uz/uploads/../etc/passwd"));
        assertEquals(Optional.empty(), OldPhotos.uploadedName("https://hemis.example.uz/photo/1.jpg"));
        assertEquals(1, OldPhotos.read(uploads, "a1.png").orElseThrow().length);
        assertEquals(Optional.empty(), OldPhotos.read(uploads, "missing.png"));
    }

    @Test
    void oldTimestampsAreNaiveUtc() {
        assertEquals(
                "2024-05-01T10:00:01.123456Z",
                OldDatabase.utc("2024-05-01 10:00:01.123456").toString());
        assertEquals(null, OldDatabase.utc("yesterday"));
    }
}

package uz.ovoz.voting.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitialPasswordTest {

    @Test
    void passwordHasTwentyCharactersFromTheAlphabet() {
        for (int i = 0; i < 100; i++) {
            String password = InitialPassword.generate();
            assertEquals(20, password.length());
            assertTrue(password.chars().allMatch(c -> InitialPassword.ALPHABET.indexOf(c) >= 0), password);
        }
    }

    @Test
    void alphabetHasNoLookAlikesAndNoCharactersThatNeedQuoting() {
        for (char c : "0O1lI:@$'\" ".toCharArray()) {
            assertEquals(-1, InitialPassword.ALPHABET.indexOf(c), "contains " + c);
        }
        assertEquals(
                InitialPassword.ALPHABET.length(),
                InitialPassword.ALPHABET.chars().distinct().count());
    }

    @Test
    void everyPasswordIsNew() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(InitialPassword.generate()));
        }
        assertNotEquals(InitialPassword.generate(), InitialPassword.generate());
    }

    @Test
    void everyCharacterOfTheAlphabetIsUsed() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            InitialPassword.generate().chars().forEach(c -> used.add((char) c));
        }
        assertEquals(InitialPassword.ALPHABET.length(), used.size());
    }
}

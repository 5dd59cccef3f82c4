package uz.ovoz.platform.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.7", ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), Set.of()));
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertEquals("203.0.113.7", ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), PROXIES));
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertEquals(
                "198.51.100.1",
                ClientAddress.resolve("10.0.0.1", List.of("1.2.3.4, 198.51.100.1"), PROXIES),
                "1.2.3.4 was written by the client and is ignored");
    }

    @Test
    void chainedTrustedProxiesAreSkipped() {
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.1", List.of("198.51.100.1", "10.0.0.2"), PROXIES));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", List.of(), PROXIES));
    }

    @Test
    void theSettingIsACommaSeparatedList() {
        assertEquals(Set.of("10.0.0.1", "::1"), ClientAddress.parseList(" 10.0.0.1, ,::1 "));
        assertEquals(Set.of(), ClientAddress.parseList(" "));
    }
}

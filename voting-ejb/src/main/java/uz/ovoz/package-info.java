/**
 * Ovoz: live voting and real-time chat. The business tier lives here, in three roots whose
 * dependencies point one way; {@code ArchitectureTest} in each module fails the build when an arrow
 * turns around.
 *
 * <pre>
 * voting.admin   voting.oldsystem   (voting-web: voting.display)
 *        \            |            /
 *         +-----> voting.live <---+        chat
 *                     |                     |
 *                voting.ballot              |
 *                     |                     |
 *                voting.event               |
 *                      \                    /
 *                       +---> platform <---+
 * </pre>
 *
 * <ul>
 * <li>{@code platform} (configuration, JSON, metrics, batching, sockets, accounts) imports no
 * feature. What chat and voting both need lives there.</li>
 * <li>{@code chat} and {@code voting} never import each other.</li>
 * <li>Inside voting: {@code live} may use {@code ballot} and {@code event}; {@code ballot} may use
 * {@code event}; {@code event} uses neither. When {@code event} must tell the others something
 * (an event changed, its votes were voided) it fires a CDI event of its own type, which they
 * observe.</li>
 * <li>{@code admin} (the console's accounts and sign-in) and {@code oldsystem} (the import of an old
 * system's data) sit on top: they may use {@code live}, {@code ballot} and {@code event}, and no
 * other feature uses them. {@code display} exists only in voting-web and sits there too.</li>
 * </ul>
 *
 * The web modules use their own package names ({@code uz.ovoz.voting.<feature>.{rest,socket,web}},
 * {@code uz.ovoz.chat.{rest,socket}}) so that an import shows every use of this tier.
 */
package uz.ovoz;

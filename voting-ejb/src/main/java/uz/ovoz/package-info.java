/**
 * Ovoz: live voting and real-time chat. The business tier lives here, in three roots whose
 * dependencies point one way; an ArchUnit test in each module ({@code ArchitectureTest},
 * {@code VotingWebArchitectureTest}, {@code ChatWebArchitectureTest}) fails the build when an arrow
 * turns around.
 *
 * <pre>
 * voting.admin -&gt; voting.oldsystem
 * voting.admin, voting.oldsystem, voting.display -&gt; voting.live -&gt; voting.ballot -&gt; voting.event
 * every feature -&gt; platform
 * chat and voting: never to each other
 * </pre>
 * (An arrow may skip the packages between: admin may use ballot directly.)
 *
 * <ul>
 * <li>{@code platform} (configuration, JSON, metrics, batching, sockets, accounts) imports no
 * feature. What chat and voting both need lives there.</li>
 * <li>{@code chat} and {@code voting} never import each other.</li>
 * <li>Inside voting: {@code live} may use {@code ballot} and {@code event}; {@code ballot} may use
 * {@code event}; {@code event} uses neither. When {@code event} must tell the others something
 * (an event changed, its votes were voided) it fires a CDI event of its own type, which they
 * observe.</li>
 * <li>{@code admin} (the console, its accounts and sign-in) sits on top: it may use every other voting
 * feature, and none uses it. Below it {@code oldsystem} (the import of an old system's data), used
 * by admin alone, and {@code display} (voting-web only, the phone and big-screen pages), used by
 * none: both may use {@code live}, {@code ballot} and {@code event}.</li>
 * </ul>
 *
 * The web modules use their own package names ({@code uz.ovoz.voting.<feature>.{rest,socket,web}},
 * {@code uz.ovoz.chat.{rest,socket}}) so that an import shows every use of this tier.
 */
package uz.ovoz;

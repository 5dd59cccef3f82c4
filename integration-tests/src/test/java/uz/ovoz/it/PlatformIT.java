package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uz.ovoz.chat.entity.ChatMessage;
import uz.ovoz.chat.entity.ChatParticipant;
import uz.ovoz.chat.entity.ChatRoom;
import uz.ovoz.chat.entity.ChatUser;
import uz.ovoz.platform.database.SchemaMigration;
import uz.ovoz.voting.admin.entity.AdminUser;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * The foundation on Payara Micro: the datasource, the Flyway schema, the JPA mapping against it,
 * health, the landing page and the voter channel's handshake.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.voting()
                .addClasses(
                        SchemaInspector.class,
                        SchemaInspector.IndexShape.class,
                        Endpoints.class,
                        WebSocketProbe.class,
                        DatabaseOutage.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Test
    void everyEntityIsStoredAndReadBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object> stored = inTransaction(() -> {
            Candidate candidate = new Candidate("Aziza Karimova " + run);
            candidate.setWhichPosition("Rector");
            candidate.setDegree("DSc");
            candidate.setDescription("Ünicode ✓ описание");
            candidate.setImage("/photos/" + run + ".jpg");
            candidate.setElectionTime("2026-12-01 10:00");
            candidate.markImported("hemis-" + run);
            Event event = new Event("Council " + run, "link-" + run, 45);
            event.setStatus(EventStatus.ACTIVE);
            event.setCurrentIndex(0);
            event.setHideTally(true);
            EventCandidate place = new EventCandidate(event, candidate, 0);
            place.setGroupNo(1);
            Vote vote = new Vote(event, candidate, VoteType.NEUTRAL, "device-" + run);
            vote.setIp("127.0.0.1");
            vote.markAutomatic();
            AdminUser admin = new AdminUser("admin-" + run, "pbkdf2$hash");
            ChatUser user = new ChatUser("user-" + run, "pbkdf2$hash");
            ChatRoom room = new ChatRoom("Room " + run, user);
            ChatParticipant member = new ChatParticipant(room, user);
            ChatMessage message = new ChatMessage(room, user, "Salom, дунё! <b>as sent</b>", "client-" + run);
            List<Object> all = List.of(candidate, event, place, vote, admin, user, room, member, message);
            all.forEach(em::persist);
            return all;
        });
        em.clear();

        Candidate candidate = em.find(Candidate.class, ((Candidate) stored.get(0)).getId());
        assertEquals("Aziza Karimova " + run, candidate.getFullName());
        assertEquals("Ünicode ✓ описание", candidate.getDescription());
        assertEquals("hemis-" + run, candidate.getExternalId());
        Event event = em.find(Event.class, ((Event) stored.get(1)).getId());
        assertEquals(EventStatus.ACTIVE, event.getStatus());
        assertTrue(event.isHideTally());
        assertEquals(45, event.getDurationSec());
        EventCandidate place = em.find(EventCandidate.class, ((EventCandidate) stored.get(2)).getId());
        assertEquals(1, place.getGroupNo());
        assertEquals(candidate.getId(), place.getCandidate().getId());
        Vote vote = em.find(Vote.class, ((Vote) stored.get(3)).getId());
        assertEquals(VoteType.NEUTRAL, vote.getVoteType());
        assertTrue(vote.isAutomatic());
        assertEquals("device-" + run, vote.getDeviceId());
        assertEquals(
                "admin-" + run,
                em.find(AdminUser.class, ((AdminUser) stored.get(4)).getId()).getUsername());
        ChatMessage message = em.find(ChatMessage.class, ((ChatMessage) stored.get(8)).getId());
        assertEquals("Salom, дунё! <b>as sent</b>", message.getContent());
        assertEquals("user-" + run, message.getSender().getUsername());
        assertEquals(
                message.getRoom().getId(),
                em.find(ChatParticipant.class, ((ChatParticipant) stored.get(7)).getId())
                        .getRoom()
                        .getId());
        assertEquals(
                1,
                em.createNamedQuery(Event.BY_LINK, Event.class)
                        .setParameter("link", "link-" + run)
                        .getResultList()
                        .size());
    }

    @Test
    void everyMappedColumnExistsInTheMigratedSchema() throws Exception {
        Session session = em.unwrap(Session.class);
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            SchemaInspector schema = new SchemaInspector(connection);
            for (ClassDescriptor descriptor : session.getDescriptors().values()) {
                for (DatabaseField field : descriptor.getFields()) {
                    String table = field.getTableName();
                    Set<String> columns = schema.columns(table);
                    if (!columns.contains(field.getName().toLowerCase(Locale.ROOT))) {
                        missing.add(table + "." + field.getName());
                    }
                }
            }
        }
        assertTrue(session.getDescriptors().size() >= 9, "all entities are mapped");
        assertEquals(List.of(), missing, "mapped columns missing from the schema");
    }

    @Test
    void indexesDeclaredOnEntitiesExistInTheMigratedSchema() throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            SchemaInspector schema = new SchemaInspector(connection);
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                Table table = entity.getJavaType().getAnnotation(Table.class);
                for (jakarta.persistence.Index index : table.indexes()) {
                    if (!schema.hasIndex(
                            table.name(),
                            index.unique(),
                            columns(index.columnList().split(",")))) {
                        missing.add(table.name() + " " + index.name());
                    }
                }
                for (UniqueConstraint unique : table.uniqueConstraints()) {
                    if (!schema.hasIndex(table.name(), true, columns(unique.columnNames()))) {
                        missing.add(table.name() + " " + unique.name());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "indexes declared on entities but not created by the migration");
    }

    @Test
    void votingIndexesOfTheOldSystemArePresent() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            SchemaInspector schema = new SchemaInspector(connection);
            assertTrue(schema.hasIndex("votes", false, List.of("event_id", "candidate_id", "ip")));
            assertTrue(schema.hasIndex("votes", true, List.of("event_id", "candidate_id", "device_id")));
            assertTrue(schema.hasIndex("votes", false, List.of("event_id", "candidate_id", "vote_type")));
            assertTrue(schema.hasIndex("events", true, List.of("link")));
            assertTrue(schema.hasIndex("event_candidates", false, List.of("event_id", "sort_order")));
            assertTrue(schema.hasIndex("chat_messages", false, List.of("room_id", "created_at")));
        }
    }

    @Test
    void migrationHistoryRecordsTheFirstSchemaOnceAndSuccessfully() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
            assertTrue(rs.next(), "version 1 is recorded");
            assertTrue(rs.getBoolean("success"));
            assertFalse(rs.next(), "version 1 is recorded once");
        }
    }

    @Test
    void secondVoteFromTheSameDeviceIsRejectedByTheDatabase() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Vote first = inTransaction(() -> {
            Candidate candidate = new Candidate("Candidate " + run);
            Event event = new Event("Event " + run, "dup-" + run, 30);
            em.persist(candidate);
            em.persist(event);
            Vote vote = new Vote(event, candidate, VoteType.YES, "phone-" + run);
            em.persist(vote);
            return vote;
        });
        assertThrows(
                Exception.class,
                () -> inTransaction(() -> {
                    Event event = em.find(Event.class, first.getEvent().getId());
                    Candidate candidate =
                            em.find(Candidate.class, first.getCandidate().getId());
                    em.persist(new Vote(event, candidate, VoteType.NO, "phone-" + run));
                    return null;
                }));
        em.clear();
        assertEquals(
                1L,
                em.createQuery("SELECT COUNT(v) FROM Vote v WHERE v.deviceId = :device", Long.class)
                        .setParameter("device", "phone-" + run)
                        .getSingleResult());
    }

    @Test
    @RunAsClient
    void readinessReportsTheDatabaseAndItsMigrationsUp(@ArquillianResource URL url) throws Exception {
        HttpResponse<String> response = Endpoints.of(url).get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> "database".equals(check.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + response.body()));
        assertEquals("UP", database.getString("status"));
        assertEquals("DONE", database.getJsonObject("data").getString("migrations"));
        assertNotNull(database.getJsonObject("data").getString("schemaVersion"));
    }

    @Test
    @RunAsClient
    void readinessGoesDownWhileTheDatabaseRefusesConnectionsAndUpWhenItIsBack(@ArquillianResource URL url)
            throws Exception {
        Endpoints endpoints = Endpoints.of(url);
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            assertEquals(503, awaitReadiness(endpoints, 503), "DOWN while the database refuses connections");
        }
        assertEquals(200, awaitReadiness(endpoints, 200), "UP again once the database is back");
    }

    private static int awaitReadiness(Endpoints endpoints, int wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = endpoints.get("/health/ready").statusCode();
            if (status != wanted) {
                Thread.sleep(500);
            }
        } while (status != wanted && System.nanoTime() < deadline);
        return status;
    }

    @Test
    @RunAsClient
    void landingPageIsServedAtTheRoot(@ArquillianResource URL url) throws Exception {
        HttpResponse<String> response = Endpoints.of(url).get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<h1>Ovoz</h1>"), response.body());
    }

    @Test
    @RunAsClient
    void intervalTimersRunAtTheirIntervalNotOnceASecond(@ArquillianResource URL url) throws Exception {
        Endpoints endpoints = Endpoints.of(url);
        double before = timerDeliveries(endpoints, "vote-flush");
        // asked for every 20 ms: about 100 in 2 s; Payara's default minimum delivery interval allows 2 or 3
        Await.until(
                Duration.ofSeconds(2),
                "vote-flush ran 20 times within 2 s",
                () -> timerDeliveries(endpoints, "vote-flush") - before >= 20);
    }

    private static double timerDeliveries(Endpoints endpoints, String timer) throws Exception {
        return new MetricsScrape(endpoints.get("/metrics").body())
                .value("ovoz_timer_deliveries_total", "timer=\"" + timer + "\"");
    }

    @Test
    @RunAsClient
    void voterChannelClosesAnUnknownLinkWith4004(@ArquillianResource URL url) throws Exception {
        WebSocketProbe probe = WebSocketProbe.connect(Endpoints.of(url).ws("/ws/vote/no-such-event"));
        assertEquals(4004, probe.awaitCloseCode(Duration.ofSeconds(10)));
    }

    private static List<String> columns(String... names) {
        return Arrays.stream(names)
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            if (tx.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE
                    || tx.getStatus() == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK) {
                tx.rollback();
            }
            throw e;
        }
    }
}

package uz.ovoz.chat.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uz.ovoz.platform.database.DatabaseUnavailable;
import uz.ovoz.platform.database.SchemaMigration;

/**
 * Stores a batch of messages in one transaction. Ids are taken from the sequence in queue order
 * (each value V of the sequence stands for the block V-49..V, as JPA allocates it), so within a room
 * the history order is the order the flusher delivers in. {@code MERGE} on (sender, clientMsgId)
 * makes a resend a no-op whose original id is then looked up.
 */
@Stateless
public class MessageWriter {

    static final int BLOCK = 50;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ChatStored> write(List<ChatSend> sends) {
        try (Connection connection = DatabaseUnavailable.connect(dataSource)) {
            return write(connection, sends);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing " + sends.size() + " messages failed: " + e.getMessage(), e);
        }
    }

    private List<ChatStored> write(Connection connection, List<ChatSend> sends) throws SQLException {
        List<Long> ids = ids(connection, sends.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int[] counts;
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            for (int i = 0; i < sends.size(); i++) {
                ChatSend send = sends.get(i);
                merge.setLong(1, ids.get(i));
                merge.setLong(2, send.roomId());
                merge.setLong(3, send.senderId());
                merge.setString(4, send.content());
                merge.setString(5, send.clientMsgId());
                merge.setObject(6, now);
                merge.addBatch();
            }
            counts = merge.executeBatch();
        }
        List<ChatStored> stored = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            ChatSend send = sends.get(i);
            stored.add(
                    counts[i] > 0
                            ? new ChatStored(
                                    send,
                                    new ChatFrame.Message(
                                            ids.get(i),
                                            send.roomId(),
                                            send.sender(),
                                            send.content(),
                                            now.toInstant().toString()),
                                    true,
                                    null)
                            : original(connection, send));
        }
        return stored;
    }

    private static ChatStored original(Connection connection, ChatSend send) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id, room_id, content, created_at FROM chat_messages WHERE sender_id = ? AND client_msg_id = ?")) {
            find.setLong(1, send.senderId());
            find.setString(2, send.clientMsgId());
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                return new ChatStored(
                        send,
                        new ChatFrame.Message(
                                rs.getLong(1),
                                rs.getLong(2),
                                send.sender(),
                                rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class)
                                        .toInstant()
                                        .toString()),
                        false,
                        null);
            }
        }
    }

    private static List<Long> ids(Connection connection, int count) throws SQLException {
        String next =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                        ? "SELECT nextval('chat_messages_seq')"
                        : "SELECT NEXT VALUE FOR chat_messages_seq";
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement statement = connection.prepareStatement(next)) {
            while (ids.size() < count) {
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    long last = rs.getLong(1);
                    for (long id = last - BLOCK + 1; id <= last && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    static final String MERGE = """
            MERGE INTO chat_messages m
            USING (SELECT CAST(? AS BIGINT) AS id, CAST(? AS BIGINT) AS room_id, CAST(? AS BIGINT) AS sender_id,
                          CAST(? AS VARCHAR(4000)) AS content, CAST(? AS VARCHAR(100)) AS client_msg_id,
                          CAST(? AS TIMESTAMP WITH TIME ZONE) AS created_at) s
            ON m.sender_id = s.sender_id AND m.client_msg_id = s.client_msg_id
            WHEN NOT MATCHED THEN INSERT (id, room_id, sender_id, content, client_msg_id, created_at)
            VALUES (s.id, s.room_id, s.sender_id, s.content, s.client_msg_id, s.created_at)
            """;
}

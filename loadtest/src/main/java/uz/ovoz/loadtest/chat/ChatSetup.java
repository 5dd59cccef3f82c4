package uz.ovoz.loadtest.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import uz.ovoz.loadtest.Progress;

/**
 * Users signed up and logged in through the batch endpoints, then one room per group of members,
 * created by its first member. Password hashing makes each user cost the server about 50 ms, so
 * batches go out a few at a time.
 */
final class ChatSetup {

    private static final int BATCH = 100;
    static final String PASSWORD = "lt-password";

    private final ChatApi api;
    private final int parallel;

    ChatSetup(ChatApi api, int parallel) {
        this.api = api;
        this.parallel = parallel;
    }

    void users(List<ChatUser> users) {
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = new Progress("sign-up+login", () -> done.get() + "/" + users.size() + " users")) {
            inParallel(chunks(users), chunk -> {
                List<ChatApi.Credentials> credentials = chunk.stream()
                        .map(user -> new ChatApi.Credentials(user.username, PASSWORD))
                        .toList();
                List<String> problems = api.signup(credentials);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("signup-batch: " + problems);
                }
                Map<String, String> tokens = api.login(credentials);
                chunk.forEach(user -> user.token = tokens.get(user.username));
                done.addAndGet(chunk.size());
            });
        }
    }

    void rooms(List<ChatUser> users, int rooms, String run) {
        List<List<ChatUser>> members = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            members.add(new ArrayList<>());
        }
        users.forEach(user -> members.get(user.room).add(user));
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = new Progress("rooms", () -> done.get() + "/" + rooms + " rooms")) {
            inParallel(members, room -> {
                ChatUser creator = room.get(0);
                long id = api.createRoom(
                        creator.token,
                        "lt " + run + " " + creator.room,
                        room.stream().skip(1).map(user -> user.username).toList());
                room.forEach(user -> user.roomId = id);
                done.incrementAndGet();
            });
        }
    }

    private static List<List<ChatUser>> chunks(List<ChatUser> users) {
        List<List<ChatUser>> chunks = new ArrayList<>();
        for (int i = 0; i < users.size(); i += BATCH) {
            chunks.add(users.subList(i, Math.min(users.size(), i + BATCH)));
        }
        return chunks;
    }

    private <T> void inParallel(List<T> items, Consumer<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> work.accept(item))));
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}

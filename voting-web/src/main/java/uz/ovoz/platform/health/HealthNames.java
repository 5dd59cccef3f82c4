package uz.ovoz.platform.health;

import uz.ovoz.platform.batch.Flusher;

/** The name a flusher's figures carry in a health answer: "votes", "messages". */
final class HealthNames {

    private HealthNames() {}

    static String of(Flusher<?, ?> flusher) {
        String what = flusher.what();
        return what.substring(what.lastIndexOf(' ') + 1);
    }
}

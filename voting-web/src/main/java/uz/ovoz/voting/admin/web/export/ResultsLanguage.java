package uz.ovoz.voting.admin.web.export;

import java.util.List;
import java.util.Locale;

/**
 * The wording of the results document. Uzbek is the official one, word for word as the old system
 * wrote it (offices file it and compare it with earlier years); Russian and English are the same
 * table for a console used in those languages.
 */
public enum ResultsLanguage {
    UZ(
            "Ovoz berish natijalari",
            List.of(
                    "T/r",
                    "Lavozim",
                    "Nomzodlar",
                    "Ovoz berishda qatnashganlar soni",
                    "Rozi",
                    "Qarshi",
                    "Betaraf",
                    "Natija"),
            "O'tdi",
            "O'tmadi",
            "Sana",
            "Ovoz berishda qatnashganlar"),
    RU(
            "Результаты голосования",
            List.of(
                    "№",
                    "Должность",
                    "Кандидаты",
                    "Число участвовавших в голосовании",
                    "За",
                    "Против",
                    "Воздержались",
                    "Результат"),
            "Прошёл",
            "Не прошёл",
            "Дата",
            "Участвовали в голосовании"),
    EN(
            "Voting results",
            List.of(
                    "No.",
                    "Position",
                    "Candidates",
                    "Number who took part in the vote",
                    "Yes",
                    "No",
                    "Neutral",
                    "Result"),
            "Passed",
            "Not passed",
            "Date",
            "Took part in the vote");

    private final String titleSuffix;
    private final List<String> columns;
    private final String passed;
    private final String failed;
    private final String dateLabel;
    private final String votersLabel;

    ResultsLanguage(
            String titleSuffix,
            List<String> columns,
            String passed,
            String failed,
            String dateLabel,
            String votersLabel) {
        this.titleSuffix = titleSuffix;
        this.columns = columns;
        this.passed = passed;
        this.failed = failed;
        this.dateLabel = dateLabel;
        this.votersLabel = votersLabel;
    }

    /** The language of a code such as {@code ru}; the official Uzbek for none or an unknown one. */
    public static ResultsLanguage of(String code) {
        for (ResultsLanguage language : values()) {
            if (language.name().equalsIgnoreCase(String.valueOf(code))) {
                return language;
            }
        }
        return UZ;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title(String eventName) {
        return eventName + " - " + titleSuffix;
    }

    public List<String> columns() {
        return columns;
    }

    public String result(boolean passedTheVote) {
        return passedTheVote ? passed : failed;
    }

    public String dateLabel() {
        return dateLabel;
    }

    public String votersLabel() {
        return votersLabel;
    }
}

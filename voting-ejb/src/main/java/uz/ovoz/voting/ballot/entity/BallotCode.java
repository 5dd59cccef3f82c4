package uz.ovoz.voting.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import uz.ovoz.voting.event.entity.Event;

/** A one-time voter code of an event, bound to the first device that enters it. */
@Entity
@Table(
        name = "ballot_codes",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_ballot_codes",
                        columnNames = {"event_id", "code"}))
@NamedQuery(
        name = BallotCode.BY_CODE,
        query = "SELECT b FROM BallotCode b WHERE b.event.id = :eventId AND b.code = :code")
@NamedQuery(name = BallotCode.OF_EVENT, query = "SELECT b FROM BallotCode b WHERE b.event.id = :eventId ORDER BY b.id")
public class BallotCode {

    public static final String BY_CODE = "BallotCode.byCode";
    public static final String OF_EVENT = "BallotCode.ofEvent";
    public static final int CODE_LENGTH = 32;

    @Id
    @SequenceGenerator(name = "ballot_codes_seq", sequenceName = "ballot_codes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_codes_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "device_id", length = Vote.DEVICE_ID_LENGTH)
    private String deviceId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "redeemed_at")
    private OffsetDateTime redeemedAt;

    protected BallotCode() {
        // for JPA
    }

    public BallotCode(Event event, String code) {
        this.event = Objects.requireNonNull(event, "event");
        this.code = Objects.requireNonNull(code, "code");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public String getCode() {
        return code;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public OffsetDateTime getRedeemedAt() {
        return redeemedAt;
    }

    /** Binds the code to the device entering it; true if it is (now) that device's code. */
    public boolean redeemBy(String device) {
        if (deviceId == null) {
            deviceId = Objects.requireNonNull(device, "device");
            redeemedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return deviceId.equals(device);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BallotCode that && event.equals(that.event) && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, code);
    }
}

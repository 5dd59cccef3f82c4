package uz.ovoz.platform.account;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A login account; only a password hash is ever stored. Equal by username, which is unique. Each
 * kind of account has its own table and id sequence.
 */
@MappedSuperclass
public abstract class Account {

    public static final int USERNAME_LENGTH = 64;
    public static final int PASSWORD_HASH_LENGTH = 255;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_LENGTH)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Account() {
        // for JPA
    }

    protected Account(String username, String passwordHash) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public abstract Long getId();

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && username.equals(((Account) other).username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}

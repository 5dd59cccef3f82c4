package uz.ovoz.chat.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import uz.ovoz.platform.account.Account;

/** Someone who signed up to chat. */
@Entity
@Table(
        name = "chat_users",
        uniqueConstraints = @UniqueConstraint(name = "uq_chat_users_username", columnNames = "username"))
@NamedQuery(name = ChatUser.BY_USERNAME, query = "SELECT u FROM ChatUser u WHERE u.username = :username")
public class ChatUser extends Account {

    public static final String BY_USERNAME = "ChatUser.byUsername";

    @Id
    @SequenceGenerator(name = "chat_users_seq", sequenceName = "chat_users_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_users_seq")
    private Long id;

    protected ChatUser() {
        // for JPA
    }

    public ChatUser(String username, String passwordHash) {
        super(username, passwordHash);
    }

    @Override
    public Long getId() {
        return id;
    }
}

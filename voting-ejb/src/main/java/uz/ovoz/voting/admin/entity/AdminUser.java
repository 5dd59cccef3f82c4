package uz.ovoz.voting.admin.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import uz.ovoz.platform.account.Account;

/** An administrator of the console. */
@Entity
@Table(
        name = "admin_users",
        uniqueConstraints = @UniqueConstraint(name = "uq_admin_users_username", columnNames = "username"))
@NamedQuery(name = AdminUser.BY_USERNAME, query = "SELECT a FROM AdminUser a WHERE a.username = :username")
@NamedQuery(name = AdminUser.ALL, query = "SELECT a FROM AdminUser a ORDER BY a.username")
public class AdminUser extends Account {

    public static final String BY_USERNAME = "AdminUser.byUsername";
    public static final String ALL = "AdminUser.all";

    @Id
    @SequenceGenerator(name = "admin_users_seq", sequenceName = "admin_users_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_users_seq")
    private Long id;

    protected AdminUser() {
        // for JPA
    }

    public AdminUser(String username, String passwordHash) {
        super(username, passwordHash);
    }

    @Override
    public Long getId() {
        return id;
    }
}

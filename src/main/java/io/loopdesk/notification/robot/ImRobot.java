package io.loopdesk.notification.robot;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A company-IM robot in one of the tenant's staff group chats. */
@Entity
public class ImRobot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "im_robot_seq")
    @SequenceGenerator(name = "im_robot_seq", sequenceName = "im_robot_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    @Enumerated(EnumType.STRING)
    private RobotVendor vendor;

    private String url;

    /** Sealed with the webhook key; {@code null} for a robot that signs nothing. */
    private @Nullable String secret;

    private @Nullable Long createdBy;

    private Instant createdAt;

    @Version
    private int version;

    protected ImRobot() {}

    ImRobot(
            String name,
            RobotVendor vendor,
            String url,
            @Nullable String sealedSecret,
            @Nullable Long createdBy,
            Instant now) {
        this.name = name;
        this.vendor = vendor;
        this.url = url;
        this.secret = sealedSecret;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public RobotVendor vendor() {
        return vendor;
    }

    public String url() {
        return url;
    }

    public @Nullable String sealedSecret() {
        return secret;
    }

    public ImRobotView view() {
        return new ImRobotView(id, name, vendor, shownUrl(url), secret != null, createdAt);
    }

    /** The URL without its query: the key or access token in it is as good as a password. */
    private static String shownUrl(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}

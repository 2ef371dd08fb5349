package io.loopdesk.routing.category;

import io.loopdesk.routing.CategoryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A tenant's ticket category, two levels deep ({@code technical}, {@code technical.network}), and where it goes. */
@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Column(updatable = false)
    private String code;

    private String nameZh;

    private String nameEn;

    private @Nullable Long teamId;

    private @Nullable String skill;

    protected Category() {}

    public Category(long tenantId, CategoryView view) {
        this.tenantId = tenantId;
        this.code = view.code();
        change(view);
    }

    public void change(CategoryView view) {
        this.nameZh = view.nameZh();
        this.nameEn = view.nameEn();
        this.teamId = view.teamId();
        this.skill = view.skill();
    }

    String code() {
        return code;
    }

    public CategoryView view() {
        return new CategoryView(code, nameZh, nameEn, teamId, skill);
    }
}

package io.loopdesk.ticket.custom;

import io.loopdesk.ticket.value.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One field a tenant added to its tickets. Its key and type never change; the rest is edited by its admins. */
@Entity
@Table(name = "ticket_custom_field")
class CustomField {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_custom_field_seq")
    @SequenceGenerator(name = "ticket_custom_field_seq", sequenceName = "ticket_custom_field_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Column(name = "field_key", updatable = false)
    private String key;

    private String label;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private FieldType type;

    private @Nullable String options;

    private String requiredFor;

    private boolean onForm;

    private int position;

    private boolean active;

    @Version
    private int version;

    protected CustomField() {}

    CustomField(long tenantId, String key, FieldType type, int position) {
        this.tenantId = tenantId;
        this.key = key;
        this.type = type;
        this.position = position;
        this.active = true;
    }

    void define(FieldDefinition definition) {
        this.label = definition.label();
        this.options = definition.options().isEmpty() ? null : String.join("\n", definition.options());
        this.requiredFor =
                definition.requiredFor().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.onForm = definition.onForm();
        this.active = definition.active();
    }

    long id() {
        return id;
    }

    String key() {
        return key;
    }

    FieldType type() {
        return type;
    }

    List<String> options() {
        return options == null ? List.of() : List.of(options.split("\n"));
    }

    Set<TicketStatus> requiredFor() {
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        Arrays.stream(requiredFor.split(","))
                .filter(s -> !s.isBlank())
                .forEach(s -> statuses.add(TicketStatus.valueOf(s)));
        return statuses;
    }

    boolean active() {
        return active;
    }

    CustomFieldView view() {
        return new CustomFieldView(key, label, type, options(), requiredFor(), onForm, position, active);
    }
}

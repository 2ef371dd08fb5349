package io.loopdesk.ticket.custom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One value of a custom field on a ticket (a multiple choice has one for each option chosen). */
@Entity
@Table(name = "ticket_custom_value")
public class CustomValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_custom_value_seq")
    @SequenceGenerator(name = "ticket_custom_value_seq", sequenceName = "ticket_custom_value_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private long fieldId;

    @Column(name = "field_key")
    private String fieldKey;

    private String textValue;

    private @Nullable BigDecimal numberValue;

    private @Nullable LocalDate dateValue;

    protected CustomValue() {}

    CustomValue(long tenantId, long ticketId, CustomField field, FieldType.Stored value) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.fieldId = field.id();
        this.fieldKey = field.key();
        this.textValue = value.text();
        this.numberValue = value.number();
        this.dateValue = value.date();
    }

    long fieldId() {
        return fieldId;
    }

    String text() {
        return textValue;
    }
}

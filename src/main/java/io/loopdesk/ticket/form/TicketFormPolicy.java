package io.loopdesk.ticket.form;

import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.value.ContactPoint;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant's stored {@link TicketFormRules}; a tenant without one uses the defaults. */
@Entity
@Table(name = "ticket_form_policy")
class TicketFormPolicy {

    @Id
    private Long tenantId;

    private int minDescriptionLength;

    private String requiredFields;

    private String allowedContactKinds;

    @Version
    private int version;

    protected TicketFormPolicy() {}

    TicketFormPolicy(long tenantId) {
        this.tenantId = tenantId;
        change(TicketFormRules.DEFAULT);
    }

    void change(TicketFormRules rules) {
        this.minDescriptionLength = rules.minDescriptionLength();
        this.requiredFields = join(rules.requiredFields());
        this.allowedContactKinds = join(rules.contactKinds());
    }

    TicketFormRules rules() {
        Set<TicketField> required = EnumSet.noneOf(TicketField.class);
        split(requiredFields).forEach(name -> required.add(TicketField.valueOf(name)));
        Set<ContactPoint.Kind> kinds = EnumSet.noneOf(ContactPoint.Kind.class);
        split(allowedContactKinds).forEach(name -> kinds.add(ContactPoint.Kind.valueOf(name)));
        return new TicketFormRules(minDescriptionLength, required, kinds);
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static java.util.stream.Stream<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank());
    }
}

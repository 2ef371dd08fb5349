package io.loopdesk.routing;

import io.loopdesk.routing.classify.KeywordRule;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import org.hibernate.annotations.TenantId;

/** One of a tenant's keyword rules: a category, a weight and its phrases (one per line). */
@Entity
@Table(name = "classification_rule")
class KeywordRuleRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classification_rule_seq")
    @SequenceGenerator(name = "classification_rule_seq", sequenceName = "classification_rule_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String categoryCode;

    private String phrases;

    private int weight;

    protected KeywordRuleRow() {}

    KeywordRuleRow(long tenantId, KeywordRule rule) {
        this.tenantId = tenantId;
        this.categoryCode = rule.categoryCode();
        this.phrases = String.join("\n", rule.phrases());
        this.weight = rule.weight();
    }

    KeywordRule rule() {
        return new KeywordRule(categoryCode, Arrays.asList(phrases.split("\n")), weight);
    }
}

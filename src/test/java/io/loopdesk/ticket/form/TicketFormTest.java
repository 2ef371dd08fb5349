package io.loopdesk.ticket.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.value.ContactPoint;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketFormTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final String FIFTY_CHINESE = "一二三四五六七八九十".repeat(5);

    private static OpenTicket.Builder valid() {
        return OpenTicket.builder()
                .customer("上海某某科技有限公司", "张伟", "13812341234")
                .product("智能门锁 X2")
                .description(FIFTY_CHINESE);
    }

    private static List<FieldProblem> problemsOf(OpenTicket ticket, TicketFormRules rules) {
        try {
            TicketForm.validate(ticket, rules, ContactPoint.Source.TYPED, NOW);
            return List.of();
        } catch (TicketValidationException e) {
            return e.problems();
        }
    }

    private static List<String> codesOf(OpenTicket ticket) {
        return problemsOf(ticket, TicketFormRules.DEFAULT).stream()
                .map(FieldProblem::code)
                .toList();
    }

    @Test
    void aCompleteRegistrationIsValidAndNormalised() {
        TicketForm.Valid form = TicketForm.validate(
                valid().customer("上海某某科技有限公司", "张伟", "+86 138-1234-1234").build(),
                TicketFormRules.DEFAULT,
                ContactPoint.Source.TYPED,
                NOW);
        assertThat(form.contact()).isEqualTo(new ContactPoint(ContactPoint.Kind.MOBILE, "13812341234"));
        assertThat(form.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(form.type()).isEqualTo(FeedbackType.OTHER);
        assertThat(form.firstReceivedAt()).isEqualTo(NOW);
    }

    @Test
    void theSeedsRegistrationFieldsAreRequiredByDefault() {
        assertThat(codesOf(OpenTicket.builder().build()))
                .containsExactlyInAnyOrder(
                        "ticket.customerName.required",
                        "ticket.contactPerson.required",
                        "ticket.contact.required",
                        "ticket.product.required",
                        "ticket.description.required");
    }

    @Test
    void blankCountsAsMissing() {
        assertThat(codesOf(valid().customer("   ", "张伟", "13812341234").build()))
                .containsExactly("ticket.customerName.required");
    }

    @Test
    void theDescriptionNeedsFiftyCharactersCountingChineseCharactersAsOne() {
        assertThat(codesOf(valid().description(FIFTY_CHINESE).build())).isEmpty();
        assertThat(codesOf(valid().description(FIFTY_CHINESE.substring(1)).build()))
                .containsExactly("ticket.description.too-short");
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheMinimum() {
        assertThat(codesOf(valid().description("   " + FIFTY_CHINESE.substring(1) + "   ")
                        .build()))
                .containsExactly("ticket.description.too-short");
    }

    @Test
    void aTenantCanChangeTheMinimumAndRequireMoreFields() {
        TicketFormRules strict = new TicketFormRules(
                10, EnumSet.of(TicketField.TITLE, TicketField.ORDER_NUMBER), EnumSet.allOf(ContactPoint.Kind.class));
        List<FieldProblem> problems =
                problemsOf(OpenTicket.builder().description("屏幕不亮了，怎么办呢？").build(), strict);
        assertThat(problems)
                .extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("ticket.title.required", "ticket.orderNumber.required");
    }

    @Test
    void aTenantCanMakeTheRegistrationFieldsOptionalButNeverTheDescription() {
        TicketFormRules lenient = new TicketFormRules(0, Set.of(), EnumSet.allOf(ContactPoint.Kind.class));
        assertThat(lenient.requiredFields()).containsExactly(TicketField.DESCRIPTION);
        assertThat(problemsOf(OpenTicket.builder().description("坏了").build(), lenient))
                .isEmpty();
        assertThat(problemsOf(OpenTicket.builder().build(), lenient))
                .extracting(FieldProblem::code)
                .containsExactly("ticket.description.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234", "not an address", "zhang@", "12345678901", "+1 415 555 0100"})
    void theContactMustBeAMobileOrAnEmailAddress(String contact) {
        assertThat(codesOf(valid().customer("公司", "张伟", contact).build())).containsExactly("ticket.contact.format");
    }

    @Test
    void aTenantCanAcceptOnlyEmailContacts() {
        TicketFormRules emailOnly =
                new TicketFormRules(50, TicketFormRules.DEFAULT.requiredFields(), EnumSet.of(ContactPoint.Kind.EMAIL));
        assertThat(problemsOf(valid().build(), emailOnly))
                .extracting(FieldProblem::code)
                .containsExactly("ticket.contact.kind");
        assertThat(problemsOf(valid().customer("公司", "张伟", "zhang@example.com").build(), emailOnly))
                .isEmpty();
    }

    @Test
    void phoneNumbersMayBeLandlinesButNotText() {
        assertThat(codesOf(valid().phone("021-6123 4567").build())).isEmpty();
        assertThat(codesOf(valid().phone("call me maybe").build())).containsExactly("ticket.phone.format");
    }

    @Test
    void aMobilePhoneIsStoredInFull() {
        assertThat(TicketForm.validate(
                                valid().phone("138 1234 5678").build(),
                                TicketFormRules.DEFAULT,
                                ContactPoint.Source.TYPED,
                                NOW)
                        .phone())
                .isEqualTo("13812345678");
    }

    @Test
    void productLinksMustBeWebAddresses() {
        assertThat(codesOf(valid().links(new RelatedLinks(null, "javascript:alert(1)", null))
                        .build()))
                .containsExactly("ticket.productLink.format");
        assertThat(codesOf(valid().links(new RelatedLinks(null, "https://shop.example.com/p/1", null))
                        .build()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Technical", "technical/network", "a.b.c", "技术"})
    void categoriesAreCodes(String category) {
        assertThat(codesOf(valid().category(category).build())).containsExactly("ticket.category.format");
    }

    @ParameterizedTest
    @EnumSource(
            value = TicketField.class,
            names = {"CUSTOMER_NAME", "TITLE", "LOCATION", "ORDER_NUMBER"})
    void overlongValuesAreRefusedBeforeTheDatabaseWould(TicketField field) {
        String tooLong = "x".repeat(TicketForm.MAX_LENGTH.get(field) + 1);
        OpenTicket.Builder ticket = valid();
        switch (field) {
            case CUSTOMER_NAME -> ticket.customer(tooLong, "张伟", "13812341234");
            case TITLE -> ticket.title(tooLong);
            case LOCATION -> ticket.location(tooLong);
            case ORDER_NUMBER -> ticket.links(new RelatedLinks(null, null, tooLong));
            default -> throw new IllegalStateException();
        }
        assertThat(codesOf(ticket.build())).containsExactly("ticket." + field.apiName() + ".too-long");
    }

    @Test
    void feedbackFromTheFutureIsRefused() {
        assertThat(codesOf(
                        valid().firstReceivedAt(NOW.plus(Duration.ofHours(1))).build()))
                .containsExactly("ticket.firstReceivedAt.future");
        assertThat(codesOf(
                        valid().firstReceivedAt(NOW.minus(Duration.ofDays(3))).build()))
                .isEmpty();
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        assertThatThrownBy(() -> TicketForm.validate(
                        OpenTicket.builder()
                                .customer("公司", "", "bad")
                                .description("短")
                                .build(),
                        TicketFormRules.DEFAULT,
                        ContactPoint.Source.TYPED,
                        NOW))
                .isInstanceOf(TicketValidationException.class)
                .satisfies(e ->
                        assertThat(((TicketValidationException) e).problems()).hasSize(4));
    }

    @Test
    void aMissingTitleIsTakenFromTheFirstLineOfTheDescription() {
        String description = "App 升级后打开就闪退\n手机是 iPhone 13，系统 iOS 18.1，卸载重装后还是一样，所有设备都控制不了了。";
        assertThat(TicketForm.validate(
                                valid().description(description).build(),
                                TicketFormRules.DEFAULT,
                                ContactPoint.Source.TYPED,
                                NOW)
                        .title())
                .isEqualTo("App 升级后打开就闪退");
        assertThat(TicketForm.deriveTitle("字".repeat(100))).hasSize(60).endsWith("…");
    }

    @Test
    void rulesRejectImpossibleSettings() {
        assertThatThrownBy(() -> new TicketFormRules(-1, Set.of(), EnumSet.allOf(ContactPoint.Kind.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketFormRules(50, Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.loopdesk.knowledge.reply;

import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Locale;

/**
 * The templates every tenant starts with, in its language: a reply for each step of a ticket's life as marketplace
 * support desks write them, and the replies for a transfer, a dispatch to the platform and an escalation.
 */
final class StandardTemplates {

    private StandardTemplates() {}

    /** The standard templates in {@code language} (Chinese unless English), each marked with its language. */
    static List<TemplateDraft> of(Locale language) {
        boolean english = language.getLanguage().equals("en");
        return (english ? ENGLISH : CHINESE)
                .stream()
                        .map(draft -> new TemplateDraft(
                                draft.name(),
                                draft.body(),
                                draft.status(),
                                draft.category(),
                                draft.numbering(),
                                english ? "en" : "zh"))
                        .toList();
    }

    private static final List<TemplateDraft> CHINESE = List.of(
            new TemplateDraft(
                    "已受理", "您的反馈我们已收到，工单号 {number}。我们会在 {eta} 前给您答复，请留意消息。", TicketStatus.NEW, null, Numbering.CHINESE),
            new TemplateDraft(
                    "处理中",
                    "关于“{title}”，我们正在处理，目前进展如下：\n- （写下已做的排查）\n- （写下下一步）\n预计 {eta} 前处理完毕。",
                    TicketStatus.IN_PROGRESS,
                    null,
                    Numbering.CHINESE),
            new TemplateDraft(
                    "请补充信息",
                    "为了尽快帮您解决，请补充以下信息：\n- 问题出现的时间和频率\n- 设备型号和 App 版本\n- 相关截图或录屏\n收到后我们会马上继续处理。",
                    TicketStatus.WAITING_CUSTOMER,
                    null,
                    Numbering.CHINESE),
            new TemplateDraft(
                    "已解决请确认",
                    "您反馈的“{title}”已处理完毕，处理结果如下：\n- （写下解决方法）\n请确认问题是否已解决；如仍有问题，直接回复即可，我们会继续跟进。",
                    TicketStatus.AWAITING_CONFIRMATION,
                    null,
                    Numbering.CHINESE),
            new TemplateDraft("转交同事", "您的问题已转交给更熟悉该问题的同事继续处理，工单号 {number} 不变，请耐心等待。", null, null, Numbering.CHINESE),
            new TemplateDraft("派单至平台", "您的问题需要平台技术支持协助处理，我们已提交给平台，预计 {eta} 前给您答复。", null, null, Numbering.CHINESE),
            new TemplateDraft("升级处理", "我们非常重视您的问题，已升级给主管优先处理，稍后会有专人与您联系。", null, null, Numbering.CHINESE));

    private static final List<TemplateDraft> ENGLISH = List.of(
            new TemplateDraft(
                    "Received",
                    "We have received your feedback; your ticket number is {number}. We will answer by {eta}.",
                    TicketStatus.NEW,
                    null,
                    Numbering.ARABIC),
            new TemplateDraft(
                    "In progress",
                    "We are working on \"{title}\". So far:\n- (what was checked)\n- (what comes next)\nWe expect to finish by {eta}.",
                    TicketStatus.IN_PROGRESS,
                    null,
                    Numbering.ARABIC),
            new TemplateDraft(
                    "Need more information",
                    "To solve this quickly, please tell us:\n- when it happens and how often\n- your device model and app version\n- a screenshot or a screen recording\nWe will go on as soon as we hear from you.",
                    TicketStatus.WAITING_CUSTOMER,
                    null,
                    Numbering.ARABIC),
            new TemplateDraft(
                    "Solved, please confirm",
                    "\"{title}\" is solved. What we did:\n- (the solution)\nPlease confirm that it works for you; if it does not, just reply and we will go on.",
                    TicketStatus.AWAITING_CONFIRMATION,
                    null,
                    Numbering.ARABIC),
            new TemplateDraft(
                    "Transferred",
                    "A colleague who knows this problem best has taken your ticket {number} over.",
                    null,
                    null,
                    Numbering.ARABIC),
            new TemplateDraft(
                    "Dispatched to the platform",
                    "This needs the platform's technical support; we have passed it on and expect to answer by {eta}.",
                    null,
                    null,
                    Numbering.ARABIC),
            new TemplateDraft(
                    "Escalated",
                    "We take this seriously and have escalated it to a supervisor; someone will contact you shortly.",
                    null,
                    null,
                    Numbering.ARABIC));
}

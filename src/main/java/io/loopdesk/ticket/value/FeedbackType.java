package io.loopdesk.ticket.value;

/** What kind of feedback the customer gives (seed 001's business scenarios). */
public enum FeedbackType {
    /** 产品故障报修: something is broken. */
    FAULT,
    /** 功能使用咨询: how do I… */
    CONSULTATION,
    /** 服务体验投诉: unhappy with the service. */
    COMPLAINT,
    /** 改进建议提交: an idea for the product. */
    SUGGESTION,
    OTHER
}

package io.loopdesk.routing.category;

import io.loopdesk.routing.CategoryView;
import java.util.List;

/** The categories of REQUIREMENTS §4 (seed 002), which a new tenant starts from and may change. */
public final class DefaultCategories {

    private DefaultCategories() {}

    public static final List<CategoryView> ALL = List.of(
            category("technical", "技术问题", "Technical"),
            category("technical.network", "网络与连接", "Network and connectivity"),
            category("technical.client", "客户端（登录、闪退）", "Client (login, crashes)"),
            category("technical.server", "服务端", "Server side"),
            category("technical.stream", "直播卡顿、黑屏、音画不同步", "Stream lag, black screen, A/V sync"),
            category("content", "内容问题", "Content"),
            category("content.vulgar", "低俗内容", "Vulgar content"),
            category("content.false-ads", "虚假宣传", "False advertising"),
            category("content.harassment", "骚扰", "Harassment"),
            category("content.co-streaming", "恶意连麦", "Malicious co-streaming"),
            category("commercial", "商业问题", "Commercial"),
            category("commercial.quality", "商品质量", "Product quality"),
            category("commercial.not-as-described", "货不对板", "Not as described"),
            category("commercial.delivery", "发货延迟", "Late delivery"),
            category("commercial.logistics", "物流", "Logistics"),
            category("commercial.returns", "退换货", "Returns"),
            category("commercial.merchant-attitude", "商家态度", "Merchant attitude"),
            category("suggestion", "建议", "Suggestion"),
            category("consultation", "咨询", "Consultation"),
            category(CategoryView.NEEDS_REFINEMENT, "待细化分类", "Needs refinement"));

    private static CategoryView category(String code, String zh, String en) {
        return new CategoryView(code, zh, en, null, null);
    }
}

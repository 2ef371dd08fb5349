package io.loopdesk.intake.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fields of an import record, by their JSON/CSV name and the Chinese column titles exports often use. Only
 * {@link #SOURCE}, {@link #CONTENT} and {@link #TIME} are required.
 */
enum ImportField {
    SOURCE("source", "来源", "渠道"),
    CONTENT("content", "内容", "原文", "评论"),
    TIME("time", "时间", "发布时间", "originalTime"),
    AUTHOR("author", "account", "作者", "账号", "用户"),
    AUTHOR_LINK("authorLink", "accountLink", "账号链接", "主页链接", "链接"),
    ORIGINAL_ID("originalId", "原始ID", "原始编号", "id"),
    LIVE_ROOM_ID("liveRoomId", "直播间", "直播间ID"),
    ORDER_NUMBER("orderNumber", "订单号"),
    TITLE("title", "标题"),
    CATEGORY("category", "分类");

    private final List<String> names;

    ImportField(String... names) {
        this.names = List.of(names);
    }

    String apiName() {
        return names.getFirst();
    }

    static Optional<ImportField> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Stream.of(values())
                .filter(field -> field.names.stream()
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }

    static String known() {
        return String.join(", ", Stream.of(values()).map(ImportField::apiName).toList());
    }
}

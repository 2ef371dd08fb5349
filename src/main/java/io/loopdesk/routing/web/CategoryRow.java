package io.loopdesk.routing.web;

import io.loopdesk.routing.CategoryView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A category as the routing page lists it: its name in the reader's language and, for a sub-category, the team it
 * falls back to when it has none of its own (a top-level category has nothing to fall back to).
 *
 * @param inheritedTeam the parent's team name, {@code null} when the parent has no team or there is no parent
 */
record CategoryRow(
        CategoryView category,
        String name,
        boolean child,
        @Nullable String inheritedTeam) {

    static List<CategoryRow> of(List<CategoryView> categories, Map<Long, String> teamNames, Locale locale) {
        Map<String, CategoryView> byCode =
                categories.stream().collect(Collectors.toMap(CategoryView::code, Function.identity()));
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return categories.stream()
                .map(c -> {
                    CategoryView parent = c.parent() == null ? null : byCode.get(c.parent());
                    String inherited =
                            parent == null || parent.teamId() == null ? null : teamNames.get(parent.teamId());
                    return new CategoryRow(c, chinese ? c.nameZh() : c.nameEn(), c.parent() != null, inherited);
                })
                .toList();
    }
}

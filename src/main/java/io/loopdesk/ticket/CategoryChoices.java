package io.loopdesk.ticket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's categories in one language, as pages show and offer them: a name for a code ("技术问题 › 网络与连接"),
 * and the two levels as groups for a chooser (a select with one group per top-level category).
 */
public final class CategoryChoices {

    /** A top-level category and its sub-categories. */
    public record Group(String code, String name, boolean holding, List<Choice> children) {
        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /** A sub-category. */
    public record Choice(String code, String name) {}

    private final List<Group> groups;
    private final Map<String, String> names;

    private CategoryChoices(List<Group> groups, Map<String, String> names) {
        this.groups = groups;
        this.names = Map.copyOf(names);
    }

    static CategoryChoices of(List<CategoryName> categories, Locale locale) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CategoryName category : categories) {
            String name = category.name(locale);
            Group parent = category.parent() == null ? null : groups.get(category.parent());
            if (parent == null) {
                groups.put(category.code(), new Group(category.code(), name, category.holding(), new ArrayList<>()));
                names.put(category.code(), name);
            } else {
                parent.children().add(new Choice(category.code(), name));
                names.put(category.code(), parent.name() + " › " + name);
            }
        }
        return new CategoryChoices(
                groups.values().stream()
                        .map(g -> new Group(g.code(), g.name(), g.holding(), List.copyOf(g.children())))
                        .toList(),
                names);
    }

    /** The top-level categories in code order, each with its sub-categories. */
    public List<Group> groups() {
        return groups;
    }

    /** Whether {@code code} is one of the tenant's categories. */
    public boolean knows(@Nullable String code) {
        return code != null && names.containsKey(code);
    }

    /** The category's name, a sub-category's with its parent's; a code the tenant does not have as it is. */
    public @Nullable String nameOf(@Nullable String code) {
        return code == null ? null : names.getOrDefault(code, code);
    }
}

package io.loopdesk.ticket;

import java.util.List;
import java.util.Locale;

/**
 * What the ticket module needs to know about categories: their names, to show a ticket's category to people instead
 * of its code. Provided by the module that owns categories (routing), like {@link TeamDirectory}.
 */
public interface CategoryDirectory {

    /** The tenant's categories in code order, so each top-level category comes before its sub-categories. */
    List<CategoryName> categoriesIn(long tenantId);

    /** The tenant's categories named in {@code locale}'s language, for pages. */
    default CategoryChoices choices(long tenantId, Locale locale) {
        return CategoryChoices.of(categoriesIn(tenantId), locale);
    }
}

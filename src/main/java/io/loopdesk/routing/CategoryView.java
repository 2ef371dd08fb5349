package io.loopdesk.routing;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A category as admins edit it and other modules read it.
 *
 * @param code {@code technical} or {@code technical.network}; {@link #NEEDS_REFINEMENT} is reserved
 * @param teamId the team whose queue its tickets go to; a sub-category without one inherits its parent's
 * @param skill the skill tag an agent needs for its tickets, if any
 */
public record CategoryView(
        String code,
        String nameZh,
        String nameEn,
        @Nullable Long teamId,
        @Nullable String skill) {

    /** 待细化分类: tickets the system could not place, waiting for a reviewer. */
    public static final String NEEDS_REFINEMENT = io.loopdesk.routing.classify.Classifier.NEEDS_REFINEMENT;

    static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,48}(\\.[a-z0-9_-]{1,48})?");

    public CategoryView {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A category code is one or two levels of lower-case letters, digits, - and _ (technical.network): "
                            + code);
        }
        if (nameZh.isBlank() || nameEn.isBlank() || nameZh.length() > 100 || nameEn.length() > 100) {
            throw new IllegalArgumentException("A category needs a Chinese and an English name of 1-100 characters");
        }
        if (skill != null && (skill.isBlank() || skill.length() > 50)) {
            skill = skill.isBlank() ? null : skill.substring(0, 50);
        }
    }

    public @Nullable String parent() {
        int dot = code.indexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}

package io.loopdesk.knowledge;

import io.loopdesk.shared.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an editor writes: an article's content, without its status or history.
 *
 * @param language the language the article is written in, a tag such as {@code zh-CN} or {@code en}
 * @param tags words to find it by, each at most {@value #MAX_TAG} characters
 */
public record ArticleDraft(
        ArticleKind kind,
        String title,
        String body,
        @Nullable String videoUrl,
        @Nullable String category,
        @Nullable String product,
        String language,
        List<String> tags) {

    static final int MAX_TITLE = 200;
    static final int MAX_LABEL = 100;
    static final int MAX_PRODUCT = 200;
    static final int MAX_TAG = 40;
    static final int MAX_TAGS = 20;
    static final int MAX_URL = 500;

    /** The languages an article may be written in. */
    public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    public ArticleDraft {
        tags = List.copyOf(tags);
    }

    /**
     * The draft as it is kept: texts trimmed, the body {@link ArticleBody#clean cleaned}, tags without repeats.
     *
     * @throws KnowledgeRefusedException naming every field that breaks a rule
     */
    public ArticleDraft checked() {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            problems.add(new FieldProblem(
                    "title", "kb.article.title.invalid", "An article needs a title of 1-200 characters.", List.of()));
        }
        String cleanBody = ArticleBody.clean(body == null ? "" : body);
        if (ArticleBody.text(cleanBody).isBlank() && !(kind == ArticleKind.VIDEO && videoUrl != null)) {
            problems.add(new FieldProblem("body", "kb.article.body.empty", "Write what the article says.", List.of()));
        } else if (cleanBody.length() > ArticleBody.MAX_LENGTH) {
            problems.add(new FieldProblem(
                    "body",
                    "kb.article.body.too-long",
                    "The article is longer than 100,000 characters; split it.",
                    List.of()));
        }
        String cleanVideo = blankToNull(videoUrl);
        if (cleanVideo != null && !isWebAddress(cleanVideo)) {
            problems.add(new FieldProblem(
                    "videoUrl",
                    "kb.article.video.invalid",
                    "A video is an http:// or https:// address of at most 500 characters.",
                    List.of()));
        }
        if (kind == ArticleKind.VIDEO && cleanVideo == null) {
            problems.add(new FieldProblem(
                    "videoUrl", "kb.article.video.missing", "A video tutorial needs the video's address.", List.of()));
        }
        String cleanCategory = blankToNull(category);
        if (cleanCategory != null && cleanCategory.length() > MAX_LABEL) {
            problems.add(new FieldProblem(
                    "category", "kb.article.category.too-long", "A category has at most 100 characters.", List.of()));
        }
        String cleanProduct = blankToNull(product);
        if (cleanProduct != null && cleanProduct.length() > MAX_PRODUCT) {
            problems.add(new FieldProblem(
                    "product", "kb.article.product.too-long", "A product has at most 200 characters.", List.of()));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem(
                    "language", "kb.article.language.invalid", "Write articles in zh-CN or en.", List.of()));
        }
        Set<String> cleanTags = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                cleanTags.add(clean);
            }
        }
        if (cleanTags.size() > MAX_TAGS || cleanTags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            problems.add(new FieldProblem(
                    "tags",
                    "kb.article.tags.invalid",
                    "Give at most 20 tags of at most 40 characters each.",
                    List.of()));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeRefusedException(problems);
        }
        return new ArticleDraft(
                kind, cleanTitle, cleanBody, cleanVideo, cleanCategory, cleanProduct, language, List.copyOf(cleanTags));
    }

    /** Tags as they are typed or stored: separated by commas (Chinese ones too). */
    public static List<String> tags(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,，、]"))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI parsed = new URI(url);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && parsed.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

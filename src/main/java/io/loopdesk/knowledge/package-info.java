/**
 * The knowledge base: a tenant's articles (FAQ, troubleshooting guides, manuals, glossary terms, video tutorials)
 * written and reviewed by its editors, every change kept as a version that can be read again and rolled back to,
 * and the help centre at {@code /help/{tenant}} where customers read the published ones without signing in.
 * Bodies are rich text kept only as far as it is safe ({@link io.loopdesk.knowledge.ArticleBody}).
 */
@NullMarked
package io.loopdesk.knowledge;

import org.jspecify.annotations.NullMarked;

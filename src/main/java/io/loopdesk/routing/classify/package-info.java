/**
 * Automatic ticket classification, free of Spring and of the database: keyword rules matched on the tokens of
 * Lucene's smartcn analyzer ({@link io.loopdesk.routing.classify.KeywordClassifier}), a classifier learned from
 * labelled tickets ({@link io.loopdesk.routing.classify.LearnedClassifier}), and their combination
 * ({@link io.loopdesk.routing.classify.Classifier}), which sends unclear tickets to
 * {@value io.loopdesk.routing.classify.Classifier#NEEDS_REFINEMENT} for a reviewer; and the classification by
 * meaning of what those leave unsure ({@link io.loopdesk.routing.classify.MeaningClassifier}: nearest example
 * sentences on the first day, a {@link io.loopdesk.routing.classify.SoftmaxRegression} over the sentence vectors once
 * the tenant has reviewed enough tickets).
 *
 * <p>Category codes are one or two levels, {@code technical} or {@code technical.stream}: lower-case letters,
 * digits, {@code _} and {@code -}, up to 48 characters each.
 */
@NullMarked
package io.loopdesk.routing.classify;

import org.jspecify.annotations.NullMarked;

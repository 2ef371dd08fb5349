/**
 * The monthly 《用户反馈分析报告》: a PDF of a month's figures, charts, top problems, trends against the month before and
 * a written summary, in the reader's language; e-mailed to its subscribers on the first working day of the next
 * month, once across nodes.
 */
@NullMarked
package io.loopdesk.reporting.monthly;

import org.jspecify.annotations.NullMarked;

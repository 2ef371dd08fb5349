/**
 * Demo mode: fills an empty database with two tenants, their teams and people, and a few hundred realistic tickets
 * in every state, so a new user sees a working desk at once. Uses only the other modules' public APIs.
 */
@NullMarked
package io.loopdesk.demo;

import org.jspecify.annotations.NullMarked;

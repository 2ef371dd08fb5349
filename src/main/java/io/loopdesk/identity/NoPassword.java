package io.loopdesk.identity;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The "encoder" for stored hashes without an {@code {id}} prefix, such as {@link UserAccount#NO_PASSWORD}: no password
 * matches them, so such an account cannot sign in until a password is set.
 */
final class NoPassword implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        throw new UnsupportedOperationException("Passwords are encoded with the configured encoder, never this one");
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return false;
    }
}

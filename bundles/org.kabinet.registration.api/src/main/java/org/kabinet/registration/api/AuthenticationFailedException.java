package org.kabinet.registration.api;

/**
 * Sign-in refused. Deliberately says nothing about why: an unknown address, a wrong password, an
 * unconfirmed address and a throttled account all look the same.
 */
public class AuthenticationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException() {
        super("Неверный адрес электронной почты или пароль");
    }
}

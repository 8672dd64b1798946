package org.kabinet.rest.identity;

import org.kabinet.registration.api.ConsentStatus;

/** JSON bodies of the tenant's own data: the consent and the deletion of the account. */
final class MyDataBodies {
    private MyDataBodies() {
    }

    /** GET /me: the fields of {@link Bodies.MeBody} and, since issue #13, the consent. */
    record MeBody(String id, String email, boolean confirmed, String registeredAt, String name, ConsentBody consent) {
    }

    /**
     * @param version  the version the tenant agreed to (null: none in force)
     * @param current  the version in force
     * @param required true: the tenant must agree to {@code current} (POST /me/consent) before using the cabinet
     */
    record ConsentBody(String version, String current, boolean required) {
        static ConsentBody of(ConsentStatus status) {
            return new ConsentBody(status.version(), status.current(), status.required());
        }
    }

    /** GET /me/consent/text: the text in force. */
    record ConsentTextBody(String version, String text) {
    }

    /** POST /me/consent. */
    record ConsentGiven(String version) {
    }

    /** POST /me/deletion: the current password confirms it. */
    record DeletionBody(String password) {
    }
}

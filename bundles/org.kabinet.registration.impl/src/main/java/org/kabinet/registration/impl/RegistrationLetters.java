package org.kabinet.registration.impl;

import java.time.Instant;
import org.kabinet.notifications.api.EmailMessage;

/** The letters of sign-up and password recovery, in Russian. Links are built from the configured portal address. */
public final class RegistrationLetters {
    private final String baseUrl;

    public RegistrationLetters(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String confirmationLink(String token) {
        return baseUrl + "/confirmemail/" + token + "/";
    }

    public String resetLink(String token) {
        return baseUrl + "/resetpassword/" + token + "/";
    }

    public EmailMessage confirmation(String email, String token) {
        return new EmailMessage("confirm-email:" + SecretTokens.hash(token), email,
                "Подтвердите адрес электронной почты",
                "Этот адрес указан при регистрации в личном кабинете нанимателя.\n\n"
                        + "Чтобы завершить регистрацию, откройте ссылку ниже в течение 24 часов и нажмите "
                        + "«Подтвердить адрес». Ссылка действует один раз. Войти можно будет с паролем, "
                        + "указанным при той регистрации, после которой пришло это письмо.\n\n"
                        + "Если вы не регистрировались, просто удалите это письмо: без подтверждения учётная запись не откроется.",
                confirmationLink(token), "Подтвердить адрес").withSecretLink(); // the link confirms: never kept once sent
    }

    public EmailMessage alreadyRegistered(String email, String userId, Instant now) {
        return new EmailMessage("already-registered:" + userId + ":" + now.toEpochMilli(), email,
                "У вас уже есть личный кабинет",
                "Кто-то, возможно вы, пытался зарегистрироваться в личном кабинете нанимателя с этим адресом, "
                        + "но учётная запись с ним уже есть.\n\n"
                        + "Войдите со своим паролем: " + baseUrl + "/\n\n"
                        + "Если вы не помните пароль, восстановите его по ссылке «Забыли пароль?» на странице входа.\n\n"
                        + "Если это были не вы, ничего делать не нужно.",
                baseUrl + "/", "Войти в личный кабинет");
    }

    public EmailMessage passwordReset(String email, String token) {
        return new EmailMessage("password-reset:" + SecretTokens.hash(token), email,
                "Восстановление пароля",
                "Мы получили запрос на восстановление пароля к личному кабинету нанимателя.\n\n"
                        + "Чтобы задать новый пароль, откройте ссылку ниже в течение 30 минут. Ссылка действует один раз.\n\n"
                        + "Если вы не запрашивали восстановление, просто удалите это письмо: пароль останется прежним.",
                resetLink(token), "Задать новый пароль").withSecretLink(); // the link sets a password: never kept once sent
    }

    public EmailMessage passwordChanged(String email, String userId, Instant now) {
        return new EmailMessage("password-changed:" + userId + ":" + now.toEpochMilli(), email,
                "Пароль изменён",
                "Пароль к вашему личному кабинету нанимателя только что изменён. "
                        + "Все другие сеансы входа завершены.\n\n"
                        + "Если это были не вы, сразу восстановите пароль по ссылке «Забыли пароль?» на странице входа "
                        + "и сообщите в управляющую компанию.",
                baseUrl + "/", "Открыть личный кабинет");
    }

    /** The confirmation that the account is deleted, to the address it had (the only letter after the identity is gone). */
    public EmailMessage accountDeleted(String email, String userId) {
        return new EmailMessage("account-deleted:" + userId, email,
                "Личный кабинет удалён",
                "Ваш личный кабинет нанимателя удалён по вашему запросу, согласие на обработку персональных данных отозвано.\n\n"
                        + "Все сеансы входа и персональные ключи завершены, привязки лицевых счетов и номер телефона удалены, "
                        + "в ваших обращениях вместо вашего адреса теперь указано «Удалённый пользователь». "
                        + "Сведения о начислениях и платежах по лицевым счетам остаются у управляющей компании: "
                        + "они относятся к договору найма, а не к личному кабинету.\n\n"
                        + "Этот адрес можно снова использовать для регистрации.\n\n"
                        + "Если вы не удаляли кабинет, сразу сообщите об этом в управляющую компанию.",
                baseUrl + "/", "Открыть портал");
    }
}

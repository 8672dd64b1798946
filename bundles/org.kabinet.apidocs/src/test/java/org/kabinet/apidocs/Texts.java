package org.kabinet.apidocs;

import java.util.Map;

/** The document's own words, in Russian and English: what a reader needs beyond the paths and schemas. */
final class Texts {
    static final String INFO = """
            REST API личного кабинета нанимателя: регистрация и вход, лицевые счета, начисления и оплаты, выписки,
            счётчики и показания, сообщения и объявления; для сотрудников — управление всем этим.
            Ошибки приходят одним телом `ApiError` (`code` — постоянный код, `message` — текст на языке запроса
            по `Accept-Language`, `field` — поле ввода). Правила версий и устаревания — в README, раздел «API для
            интеграторов».

            The tenant cabinet's REST API: sign-up and sign-in, personal accounts, charges and payments, statements,
            meters and readings, messages and announcements; for staff, the management of all of these. Every error
            is one `ApiError` body (`code`: stable, `message`: in the request's language by `Accept-Language`,
            `field`: the input it is about). Versioning and deprecation rules: README, «API for integrators».""";
    static final String TENANT = "Сессия нанимателя: токен из `POST /sessions`. / A tenant's session token from `POST /sessions`.";
    static final String STAFF_BEARER = "Сессия сотрудника: токен из `POST /admin/sessions`. / A staff session token from "
            + "`POST /admin/sessions`.";
    static final String STAFF_BASIC = "Сотрудник по имени и паролю (для скриптов). / Staff user name and password, for scripts.";
    static final String READING_TOKEN = "Личный токен передачи показаний (умный счётчик), выдаётся нанимателем в кабинете. / "
            + "A tenant's personal reading token (a smart meter), issued in the cabinet.";
    static final String NO_CONTENT = "Выполнено, без тела. / Done, no body.";
    static final String TOTAL = "Сколько всего строк под фильтром (у исходящих — нет). / How many rows the filter has in all "
            + "(not for the outbox).";
    static final String LINK = "RFC 8288: first, prev, next, last (с теми же параметрами). / RFC 8288: first, prev, next, last "
            + "(with the request's other parameters).";
    static final String E400 = "Тело запроса не JSON нужной формы. / The body is not JSON of the expected shape.";
    static final String E401 = "Нужен вход (`auth.required`). / Sign in first (`auth.required`).";
    static final String E403_STAFF = "Токен нанимателя или сотрудник без нужной роли (`x-kabinet-staff-role`). / A tenant's token, or "
            + "staff without the role (`x-kabinet-staff-role`).";
    static final String E403_TENANT = "Токен сотрудника. / A staff token.";
    static final String E422 = "Неверные данные: `code` и `field` говорят, что не так. / Invalid input: `code` and `field` say what.";
    static final String E429 = "Слишком много попыток с этого адреса; повторите после `Retry-After`. / Too many tries from this "
            + "address; retry after `Retry-After`.";
    static final String DEFAULT = "Любая другая ошибка (404 `not.found`, 409, 410, 413, 415, 503 `busy`…), всегда `ApiError`. / "
            + "Any other error (404 `not.found`, 409, 410, 413, 415, 503 `busy`…), always an `ApiError`.";

    /** Examples of the bodies an integrator writes first (each name must be a schema of the document). */
    static final Map<String, Object> EXAMPLES = Map.of(
            "ApiError", ordered("code", "auth.failed", "message", "Неверный адрес электронной почты или пароль", "field", null),
            "Credentials", ordered("email", "ivanova@example.ru", "password", "Correct-Horse-42"),
            "SignUpBody", ordered("email", "ivanova@example.ru", "password", "Correct-Horse-42", "consent", true),
            "StaffCredentials", ordered("user", "manager", "password", "…"),
            "SessionBody", ordered("token", "b3JhbmdlLXRva2Vu…", "email", "ivanova@example.ru", "expiresAt", "2026-12-27T09:00:00Z"),
            "AccountLinkBody", ordered("number", "1234567", "city", "Ханты-Мансийск", "code", "7KQ2M-D9XWR", "phone", "9161234567"),
            "BillingPaymentInput", ordered("id", "sber-2026-11-000417", "account", "1234567", "paidOn", "2026-11-20", "amount", 4150.75,
                    "period", "2026-11"),
            "MeterSubmissionBody", ordered("meter", "CW-8600002", "values", java.util.List.of("123.456")),
            "MyPhonePhoneBody", ordered("phone", "9161234567"));

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Texts() {
    }

    /** What a deprecated operation says about it. */
    static String deprecated(String since, String sunset, String link) {
        return "Устарело с " + since + ", отвечает до " + sunset + "; замена: " + link + ". / Deprecated since " + since
                + ", answers until " + sunset + "; replaced by: " + link + ".";
    }

    /** A success status in words. */
    static String status(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Создано. / Created.";
            case 202 -> "Принято, выполняется или письмо уходит. / Accepted: under way, or a letter is on its way.";
            case 204 -> NO_CONTENT;
            case 302, 303 -> "Переход по `Location`. / Go to `Location`.";
            default -> String.valueOf(status);
        };
    }

    /** A tag's line: the module it comes from and who calls it, e.g. «billing · сотрудники / staff». */
    static String tag(Class<?> resource) {
        String[] parts = resource.getPackageName().split("\\.");
        String module = parts.length > 3 && parts[3].equals("rest") ? parts[2] : "core";
        String who = switch (org.kabinet.rest.api.AccessRule.of(resource, null).kind()) {
            case STAFF -> "сотрудники / staff";
            case TENANT -> "наниматель / tenant";
            case PUBLIC -> "без входа / public";
            default -> "по операциям / per operation";
        };
        return module + " · " + who;
    }
}

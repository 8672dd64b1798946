package org.kabinet.notifications.api;

/**
 * The company's bank details for payments: what a statement prints and what its payment QR code
 * (ГОСТ Р 56042-2014) carries. Configured in {@code etc/org.kabinet.company.cfg}.
 *
 * @param payee                the payee's name as the bank knows it (Name)
 * @param inn                  the payee's ИНН, 10 or 12 digits (PayeeINN)
 * @param kpp                  the payee's КПП, 9 digits, or empty (KPP)
 * @param account              the settlement account, 20 digits (PersonalAcc)
 * @param bankName             the bank's name (BankName)
 * @param bic                  the bank's БИК, 9 digits (BIC)
 * @param correspondentAccount the bank's correspondent account, 20 digits (CorrespAcc)
 * @since 1.3
 */
public record BankDetails(String payee, String inn, String kpp, String account, String bankName, String bic,
                          String correspondentAccount) {

    /** Whether every field a payment needs is given (КПП may be empty). */
    public boolean complete() {
        return !payee.isBlank() && inn.matches("\\d{10}|\\d{12}") && account.matches("\\d{20}")
                && !bankName.isBlank() && bic.matches("\\d{9}") && correspondentAccount.matches("\\d{20}");
    }
}

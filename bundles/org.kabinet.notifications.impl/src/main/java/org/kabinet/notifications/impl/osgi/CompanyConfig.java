package org.kabinet.notifications.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet managing company", description = "Name and contacts shown in letters and in the portal")
public @interface CompanyConfig {
    @AttributeDefinition(description = "Company name")
    String name() default "Управляющая компания";

    @AttributeDefinition(description = "Phone for tenants")
    String phone() default "";

    @AttributeDefinition(description = "E-mail for tenants")
    String email() default "";

    @AttributeDefinition(description = "Office address")
    String address() default "";

    @AttributeDefinition(description = "Office hours for tenants, shown on the home page and in the footer")
    String officeHours() default "";

    @AttributeDefinition(description = "The company's colour in the portal, #rrggbb; too light a colour is darkened until white text on it is readable (WCAG AA)")
    String colour() default "";

    @AttributeDefinition(description = "Payee name for payments, as the bank knows it (statements, payment QR code)")
    String payee() default "";

    @AttributeDefinition(description = "Payee's INN (10 or 12 digits)")
    String inn() default "";

    @AttributeDefinition(description = "Payee's KPP (9 digits, may be empty)")
    String kpp() default "";

    @AttributeDefinition(description = "Settlement account (20 digits)")
    String bankAccount() default "";

    @AttributeDefinition(description = "Bank name")
    String bankName() default "";

    @AttributeDefinition(description = "Bank BIC (9 digits)")
    String bic() default "";

    @AttributeDefinition(description = "Bank correspondent account (20 digits)")
    String correspondentAccount() default "";

    @AttributeDefinition(description = "Public address of the portal, used in every link sent to tenants")
    String portalUrl() default "http://localhost:8181";
}

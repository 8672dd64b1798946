package org.kabinet.rest.api;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/**
 * Who may call a resource method, read from its declaration (the method's own, else its class's).
 * A method that declares nothing gets {@link Kind#UNDECLARED}: the filter refuses it and the sweep
 * test fails on it. The access filter enforces it; the API's description (OpenAPI) is written from it.
 *
 * @since 1.3
 */
public record AccessRule(Kind kind, String role, boolean rateLimited, String tokenScope) {
    public enum Kind { PUBLIC, TENANT, STAFF, UNDECLARED }

    public static AccessRule of(Class<?> type, Method method) {
        AccessRule onMethod = method == null ? null : declared(method);
        AccessRule rule = onMethod != null ? onMethod : type == null ? null : declared(type);
        boolean limited = (method != null && method.isAnnotationPresent(ClientRateLimited.class))
                || (type != null && type.isAnnotationPresent(ClientRateLimited.class));
        if (rule == null) {
            return new AccessRule(Kind.UNDECLARED, null, limited, "");
        }
        return new AccessRule(rule.kind, rule.role, limited, rule.tokenScope);
    }

    private static AccessRule declared(AnnotatedElement element) {
        int count = 0;
        AccessRule rule = null;
        if (element.isAnnotationPresent(PublicAccess.class)) {
            count++;
            rule = new AccessRule(Kind.PUBLIC, null, false, "");
        }
        TenantAccess tenant = element.getAnnotation(TenantAccess.class);
        if (tenant != null) {
            count++;
            rule = new AccessRule(Kind.TENANT, null, false, tenant.tokenScope().strip());
        }
        StaffAccess staff = element.getAnnotation(StaffAccess.class);
        if (staff != null) {
            count++;
            rule = new AccessRule(Kind.STAFF, staff.role(), false, "");
        }
        // two contradicting declarations are as good as none
        return count > 1 ? new AccessRule(Kind.UNDECLARED, null, false, "") : rule;
    }
}

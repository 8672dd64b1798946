package org.kabinet.meters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.StaffAccess;
import org.kabinet.rest.api.TenantAccess;

class TenantResourcesTest {
    private final FakeMeters module = new FakeMeters("tenant-1");
    private final MyReadingsResource readings = new MyReadingsResource(module);

    TenantResourcesTest() {
        module.meters.add(new Meter("m-cold", "acc-1", Resource.COLD_WATER, "CW-100", "кухня", 1, 5, LocalDate.of(2025, 1, 1),
                LocalDate.of(2031, 1, 1), MeterState.ACTIVE, List.of(BigDecimal.ZERO), "кухня"));
        module.meters.add(new Meter("m-el", "acc-1", Resource.ELECTRICITY, "EL-7", "", 2, 6, LocalDate.of(2025, 1, 1),
                LocalDate.of(2031, 1, 1), MeterState.ACTIVE, List.of(BigDecimal.ZERO, BigDecimal.ZERO), ""));
    }

    private static SecurityContext as(Principal caller) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    @Test
    void aSmartMeterSubmitsBySerialUnderItsTokensName() {
        var token = as(new Caller.Tenant("tenant-1", "", "", "Home Assistant"));
        Response answer = readings.submit(token, new MeterBodies.SubmissionBody("el-7", List.of("1234.5", "567,8"), null, "2026-11-22"));
        assertEquals(201, answer.getStatus());
        assertEquals(List.of("m-el [1234.5, 567.8] TOKEN by Home Assistant"), module.submitted);
    }

    @Test
    void theSameCallWithASessionIsTheCabinetByTheTenant() {
        var session = as(new Caller.Tenant("tenant-1", "t@example.org", "session"));
        readings.submit(session, new MeterBodies.SubmissionBody("m-cold", null, "12.5", null));
        assertEquals(List.of("m-cold [12.5] CABINET by tenant-1"), module.submitted);
    }

    @Test
    void aRejectedReadingIs422AndAnUnknownMeterIs404() {
        var session = as(new Caller.Tenant("tenant-1", "t@example.org", "session"));
        module.nextStatus = ReadingStatus.REJECTED;
        assertEquals(422, readings.submit(session, new MeterBodies.SubmissionBody("CW-100", List.of("1"), null, null)).getStatus());
        KabinetException unknown = assertThrows(KabinetException.class,
                () -> readings.submit(session, new MeterBodies.SubmissionBody("someone-elses", List.of("1"), null, null)));
        assertEquals("meters.request.meterUnknown", unknown.code());
    }

    @Test
    void noBodyIsAValidationErrorNotANullPointer() {
        var session = as(new Caller.Tenant("tenant-1", "t@example.org", "session"));
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> readings.submit(session, null)).code());
    }

    private static final List<Class<?>> RESOURCES = List.of(MyAccountMetersResource.class, MyMetersResource.class, MyReadingsResource.class,
            MyReadingTokensResource.class, AdminMetersResource.class);

    /** The resource methods JAX-RS may call: public ones with an HTTP method annotation. */
    private static List<Method> endpoints(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> java.util.Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(javax.ws.rs.HttpMethod.class))).toList();
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        for (Class<?> type : RESOURCES) {
            for (Method m : endpoints(type)) {
                boolean declared = m.isAnnotationPresent(TenantAccess.class) || m.isAnnotationPresent(StaffAccess.class)
                        || m.isAnnotationPresent(PublicAccess.class) || type.isAnnotationPresent(TenantAccess.class)
                        || type.isAnnotationPresent(StaffAccess.class);
                assertTrue(declared, type.getSimpleName() + "." + m.getName());
                assertTrue(!m.isAnnotationPresent(PublicAccess.class) && !type.isAnnotationPresent(PublicAccess.class),
                        "nothing of meters is public: " + m.getName());
            }
        }
    }

    @Test
    void onlyTheMeterListAndTheReadingTakeAPersonalToken() {
        Set<String> tokenCallable = new TreeSet<>();
        for (Class<?> type : RESOURCES) {
            for (Method m : endpoints(type)) {
                TenantAccess access = m.isAnnotationPresent(TenantAccess.class) ? m.getAnnotation(TenantAccess.class)
                        : type.getAnnotation(TenantAccess.class);
                if (access != null && !access.tokenScope().isEmpty()) {
                    assertEquals("readings", access.tokenScope());
                    tokenCallable.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(Set.of("MyMetersResource.all", "MyReadingsResource.submit"), tokenCallable);
        assertNotNull(MyReadingTokensResource.class.getAnnotation(TenantAccess.class));
        assertEquals("", MyReadingTokensResource.class.getAnnotation(TenantAccess.class).tokenScope(), "tokens are managed with a session");
    }
}

package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.trendreports.TrendReportsApplication;

/**
 * Password guessing against the portal, through the real filter chain: after three failures a
 * user name is refused for a while, on the sign-in form and over HTTP Basic, the right password
 * included; after five an address is refused for every name; refusals are logged. (Limits lowered
 * from the defaults of 5 and 20 to keep the test short; its own context, so no other test's
 * users are refused.)
 */
@SpringBootTest(classes = TrendReportsApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {

    private static final String PASSWORD = "the right one";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("trend.output", PortalContext.OUTPUT::toString);
        registry.add("trend.input", () -> PortalContext.OUTPUT.getParent().resolve("missing-input").toString());
        String[] users = {"sam", "kim", "lee", "ann"};
        for (int i = 0; i < users.length; i++) {
            String name = users[i];
            registry.add("trend.portal.users[" + i + "].name", () -> name);
            registry.add("trend.portal.users[" + i + "].password", () -> "{noop}" + PASSWORD);
        }
        registry.add("trend.portal.sign-in.max-failures-per-user", () -> "3");
        registry.add("trend.portal.sign-in.max-failures-per-address", () -> "5");
        registry.add("trend.portal.sign-in.delay", () -> "PT0.001S");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult form(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(from(address))).andReturn();
    }

    @Test
    void theFormRefusesAUserAfterRepeatedFailuresEvenWithTheRightPassword(CapturedOutput log) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(form("sam", "guess-" + i, "10.0.1." + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        MvcResult refused = form("sam", PASSWORD, "10.0.1.9");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?refused");
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        mvc.perform(post("/login").param("username", "sam").param("password", PASSWORD).with(csrf())
                .with(from("10.0.1.9"))).andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        assertThat(mvc.perform(get("/login?refused")).andReturn().getResponse().getContentAsString())
                .contains("Too many failed sign-ins");

        mvc.perform(post("/login").param("username", "kim").param("password", PASSWORD).with(csrf())
                .with(from("10.0.1.9"))).andExpect(redirectedUrl("/runs"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("kim"));
        assertThat(log.getOut()).contains("sign-in: 3 failed sign-ins within 15 min for user 'sam'; refusing it")
                .contains("sign-in: refused an attempt for user 'sam' from 10.0.1.9");
    }

    @Test
    void basicAuthGets429AfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/runs").with(httpBasic("lee", "guess-" + i)).with(from("10.0.2." + i)))
                    .andExpect(status().isUnauthorized());
        }

        MvcResult refused = mvc.perform(get("/runs").with(httpBasic("lee", PASSWORD)).with(from("10.0.2.9")))
                .andExpect(status().isTooManyRequests()).andReturn();
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(890L, 900L);
        assertThat(refused.getResponse().getContentAsString()).contains("Too many failed sign-ins")
                .doesNotContain("Runs");
    }

    @Test
    void anAddressTryingManyNamesIsRefusedForEveryName() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/progress").with(httpBasic("nobody-" + i, "x")).with(from("203.0.113.7")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/runs").with(httpBasic("ann", PASSWORD)).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests());
        assertThat(form("ann", PASSWORD, "203.0.113.7").getResponse().getRedirectedUrl()).isEqualTo("/login?refused");
        mvc.perform(get("/runs").with(httpBasic("ann", PASSWORD)).with(from("203.0.113.8")))
                .andExpect(status().isOk());
    }
}

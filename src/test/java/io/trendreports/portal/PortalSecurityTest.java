package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may see and do what: sign-in, roles, CSRF, headers, health and metrics. */
class PortalSecurityTest extends PortalContext {

    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    private static final RequestPostProcessor OPERATOR = user("otto").roles("OPERATOR", "VIEWER");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/runs", "/runs/latest", "/runs/20260301-020000-0123abcd", "/search?q=ai", "/progress",
        "/runs/20260301-020000-0123abcd/digest.pdf", "/runs/latest/digest.pdf",
        "/thumbnails/20260301-020000-0123abcd/briefs/ai-trends-2026.pdf"})
    void browsersAreSentToSignInAndSeeNothing(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        assertThat(r.getResponse().getContentAsByteArray()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/progress", "/actuator/prometheus", "/runs/latest/digest.pdf",
        "/runs/20260301-020000-0123abcd/manifest.json"})
    void scriptsGet401AndNoContent(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).accept(MediaType.ALL)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat(r.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(r.getResponse().getContentAsString()).doesNotContain("%PDF").doesNotContain("runId");
    }

    @Test
    void onlyTheHealthProbeIsAnonymous() throws Exception {
        String health = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("details");
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void metricsNeedSignInAndListTheJvmAndHttpServer() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("vera", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes");
        mvc.perform(get("/actuator/prometheus").with(httpBasic("vera", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void signInWithTheConfiguredHashAndNotOtherwise() throws Exception {
        mvc.perform(formLogin().user("vera").password(PASSWORD)).andExpect(redirectedUrl("/runs"));
        mvc.perform(formLogin().user("vera").password("nope")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        // the login form itself is CSRF-protected
        mvc.perform(post("/login").param("username", "vera").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyOperatorsStartRunsAndOnlyWithACsrfToken() throws Exception {
        mvc.perform(post("/runs/start").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/runs/start").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/runs/start").with(OPERATOR).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        mvc.perform(post("/runs/start").with(OPERATOR).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/progress"));
        // the fixture's input folder does not exist: the run ends at once and says why
        String progress = "";
        for (int i = 0; i < 100 && !progress.contains("\"outcome\""); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
            progress = mvc.perform(get("/api/progress").with(OPERATOR)).andReturn().getResponse().getContentAsString();
        }
        assertThat(progress).contains("\"outcome\":\"INVALID_REQUEST\"").contains("input folder not found")
                .contains("\"startedBy\":\"otto\"");
    }

    @Test
    void runNowIsOfferedToOperatorsOnly() throws Exception {
        String asViewer = mvc.perform(get("/runs").with(VIEWER)).andReturn().getResponse().getContentAsString();
        String asOperator = mvc.perform(get("/runs").with(OPERATOR)).andReturn().getResponse().getContentAsString();
        assertThat(asViewer).doesNotContain("id=\"run-now\"");
        assertThat(asOperator).contains("id=\"run-now\"").contains("name=\"_csrf\"");
    }

    @Test
    void pagesCarrySecurityHeadersAndSessionCookiesAreHttpOnlyAndSameSite() throws Exception {
        mvc.perform(get("/runs").with(VIEWER))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }
}

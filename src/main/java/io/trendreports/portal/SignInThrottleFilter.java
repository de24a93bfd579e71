package io.trendreports.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stands before both ways of signing in, the form ({@code POST /login}) and HTTP Basic: an
 * attempt for a refused user name or from a refused address is answered without checking the
 * password (the form is sent back to the sign-in page with a notice, Basic gets 429 with
 * {@code Retry-After}); any other attempt waits as long as {@link SignInThrottle} says first.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    /** How the filter waits; tests give one that only records. */
    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final SignInThrottle throttle;
    private final Pause pause;

    SignInThrottleFilter(SignInThrottle throttle, Pause pause) {
        this.throttle = throttle;
        this.pause = pause;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(path);
        Optional<String> user = form ? Optional.ofNullable(request.getParameter("username")) : basicUser(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> refused = throttle.refusal(user.get(), address);
        if (refused.isPresent()) {
            long seconds = Math.max(1, refused.get().toSeconds());
            log.warn("sign-in: refused an attempt for user '{}' from {} ({} s left)", user.get(), address, seconds);
            response.setHeader("Retry-After", Long.toString(seconds));
            if (form) {
                response.sendRedirect(request.getContextPath() + "/login?refused");
            } else {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Too many failed sign-ins; try again in " + seconds + " s.\n");
            }
            return;
        }
        Duration wait = throttle.delay(user.get());
        if (!wait.isZero()) {
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not Base64: Spring Security's Basic filter answers it
        }
    }
}

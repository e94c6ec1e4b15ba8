package org.alongside.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.alongside.audit.AuditEvent;
import org.alongside.audit.AuditLog;
import org.alongside.shared.CurrentUser;
import org.alongside.staff.ApiTokens;
import org.alongside.staff.StaffActions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Four filter chains: HTTP Basic only to obtain an API token; bearer tokens for the rest of the
 * API and for the HSDS API (stateless, no CSRF; the HSDS API may be opened to everyone with
 * {@code alongside.hsds.public=true}, it holds no one's record); the offline page, the same for
 * everyone and without a session; form sign-in with sessions, CSRF and a strict CSP for pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, true)))
                .addFilterAfter(
                        new RequestTextFilter(unsigned(problem(HttpStatus.UNAUTHORIZED, true)), null),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, true)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http, ApiTokens tokens, @Value("${alongside.hsds.public:false}") boolean hsdsPublic)
            throws Exception {
        http.securityMatcher("/api/**", "/hsds", "/hsds/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, problem(HttpStatus.UNAUTHORIZED, false)),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new RequestTextFilter(unsigned(problem(HttpStatus.UNAUTHORIZED, false)), null),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> {
                    if (hsdsPublic) {
                        a.requestMatchers(HttpMethod.GET, "/hsds", "/hsds/**").permitAll();
                    }
                    // each person's own reminders: the handler refuses anyone else's with a clear message
                    a.requestMatchers("/api/v1/staff/*/reminders").authenticated();
                    // a workforce record: the person, their supervisors and administrators (the module refuses the rest
                    // as not found)
                    a.requestMatchers(
                                    "/api/v1/staff/*/profile",
                                    "/api/v1/staff/*/credentials",
                                    "/api/v1/staff/*/credentials/**",
                                    "/api/v1/staff/*/trainings",
                                    "/api/v1/staff/*/trainings/*/withdrawal",
                                    "/api/v1/staff/*/proofs",
                                    "/api/v1/staff/*/proofs/*",
                                    "/api/v1/staff/*/supervision-sessions",
                                    "/api/v1/staff/*/competency-assessments")
                            .authenticated();
                    a.requestMatchers(HttpMethod.POST, "/api/v1/instruments").hasRole("ADMIN");
                    a.requestMatchers(
                                    "/api/v1/programs/**",
                                    "/api/v1/staff/**",
                                    "/api/v1/audit/**",
                                    "/api/v1/directory/**")
                            .hasRole("ADMIN")
                            .anyRequest()
                            .authenticated();
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, false))
                        .accessDeniedHandler(forbidden()));
        return http.build();
    }

    /**
     * The offline page the service worker keeps: the same for everyone, so it carries no CSRF token
     * (a cached copy would keep the session's) and reads or creates no session.
     */
    @Bean
    @Order(3)
    SecurityFilterChain offline(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/offline"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/signin",
                                "/css/**",
                                "/js/**",
                                "/icons/**",
                                "/sw.js",
                                "/manifest.webmanifest",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/signin?error"))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessHandler(signedOut(audit)))
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                .addFilterBefore(
                        new RequestTextFilter(
                                (request, response) -> response.sendError(HttpStatus.FORBIDDEN.value()), "/signin"),
                        CsrfFilter.class)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperProofCsrfHandler()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * A forged token that decodes to something that is not text is refused like any wrong token
     * (403), not with an exception from deep inside the decoding.
     */
    static final class TamperProofCsrfHandler implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            standard.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            try {
                return standard.resolveCsrfTokenValue(request, token);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Sends a signed-out visitor to the sign-in page with a relative address: never built from the Host header. */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/signin");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    private static LogoutSuccessHandler signedOut(AuditLog audit) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                audit.record(AuditEvent.of(user.id(), StaffActions.SIGN_OUT, "staff", user.id()));
            }
            response.sendRedirect(request.getContextPath() + "/signin?signedout");
        };
    }

    static AuthenticationEntryPoint problem(HttpStatus status, boolean basicChallenge) {
        return (request, response, exception) -> {
            if (basicChallenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Alongside\"");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            String detail = exception == null
                            || exception.getMessage() == null
                            || exception.getMessage().startsWith("Full authentication")
                    ? "Sign in is required: send a valid API token as 'Authorization: Bearer <token>'."
                    : exception.getMessage();
            writeProblem(response, status, "Unauthorized", detail);
        };
    }

    /** A strict content security policy, no referrer outside the site, and never inside a frame. */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny());
    }

    /** Answers as the chain's entry point does for a request that needs a sign-in. */
    private static RequestTextFilter.Unsigned unsigned(AuthenticationEntryPoint entryPoint) {
        return (request, response) -> entryPoint.commence(
                request,
                response,
                new InsufficientAuthenticationException("Full authentication is required to access this resource"));
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                writeProblem(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.");
    }

    /**
     * A request refused by a filter before any controller: problem details for the APIs (`/api`,
     * `/hsds`), the error page for pages.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/hsds")) {
            writeProblem(
                    response,
                    status,
                    status == HttpStatus.CONTENT_TOO_LARGE ? "Content too large" : "Bad request",
                    detail);
        } else {
            response.sendError(status.value(), detail);
        }
    }

    static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                        + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}

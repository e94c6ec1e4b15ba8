package org.alongside.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.alongside.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Someone signed in with a one-time password chooses their own before anything else; controllers
 * get the signed-in staff member as a {@code Viewer}; links are written as they are; uploads are
 * bounded.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Boot registers a ResourceUrlEncodingFilter because the WebJars locator turns the resource
     * chain on. It passes every link a page writes ({@code @{/people/…}}) through the static
     * resource resolvers, which look each path up in the jar and cache only hits: the Today
     * benchmark spent 90% of its CPU there. Alongside versions no static URLs, so the filter is
     * registered here, switched off, and Boot's own is not created. WebJar paths without a version
     * still resolve: that is the resource handler's job, not this filter's.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Uploads from pages: a file up to the import's limit, and the whole request up to that plus the
     * ordinary body limit, so a signed-in user cannot send many parts, each under the file limit,
     * for the server to write to disk. A larger upload is answered 413.
     */
    @Bean
    MultipartConfigElement multipartConfig(
            @Value("${alongside.directory.import.max-bytes}") long importMaxBytes,
            @Value("${alongside.request.max-body-bytes:1000000}") long maxBodyBytes) {
        return new MultipartConfigElement(null, importMaxBytes, importMaxBytes + maxBodyBytes, 0);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerArguments());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws Exception {
                        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                        if (auth != null
                                && auth.getPrincipal() instanceof CurrentUser user
                                && user.passwordMustChange()) {
                            response.sendRedirect(request.getContextPath() + "/account/password");
                            return false;
                        }
                        return true;
                    }
                })
                .excludePathPatterns(
                        "/account/password",
                        "/signin",
                        "/signout",
                        "/css/**",
                        "/js/**",
                        "/icons/**",
                        "/sw.js",
                        "/manifest.webmanifest",
                        "/offline",
                        "/webjars/**",
                        "/error",
                        "/api/**");
    }
}

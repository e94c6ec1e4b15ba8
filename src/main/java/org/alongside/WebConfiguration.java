package org.alongside;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.alongside.shared.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone signed in with a one-time password chooses their own before anything else; controllers
 * get the signed-in staff member as a {@code Viewer}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

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

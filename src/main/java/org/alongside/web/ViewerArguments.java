package org.alongside.web;

import org.alongside.shared.CurrentUser;
import org.alongside.shared.Viewer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the signed-in principal into the {@link Viewer} that module APIs take: a controller
 * method declares a {@code Viewer} or {@code Viewer.StaffMember} parameter and gets the signed-in
 * staff member (or null when nobody is signed in, which the security chains never let through).
 */
class ViewerArguments implements HandlerMethodArgumentResolver {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class, Viewer.StaffMember.class);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Viewer.class || type == Viewer.StaffMember.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user.viewer() : null;
    }
}

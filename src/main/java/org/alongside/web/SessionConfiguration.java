package org.alongside.web;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions kept in PostgreSQL write their attributes as upserts: a browser restoring several tabs
 * right after sign-in sends parallel requests that each create the same attribute (the CSRF
 * token), and a plain INSERT would fail all but one of them. The store Spring Boot configures is
 * used through {@link QuietSessions}, which writes a session's last use at most once a minute.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    FilterRegistrationBean<Filter> quietSessionsRequestScope() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(QuietSessions.REQUEST_SCOPE);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store ? new QuietSessions(store) : bean;
            }
        };
    }
}

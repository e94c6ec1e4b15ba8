package org.alongside;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends to the database while {@link #count} runs
 * (MockMvc requests run on the test's thread), so a test can say how many statements an action
 * costs. Outside a count, connections pass through untouched.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    /** Runs the action and answers how many statements it executed on this thread. */
    public static int count(Callable<?> action) throws Exception {
        int[] counter = {0};
        COUNT.set(counter);
        try {
            action.call();
        } finally {
            COUNT.remove();
        }
        return counter[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class, AutoCloseable.class},
                    forward(
                            dataSource,
                            (method, args, result) -> result instanceof Connection c ? connection(c) : result));
        }
        return bean;
    }

    private static Object connection(Connection connection) {
        return Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                forward(connection, (method, args, result) -> result instanceof Statement s ? statement(s) : result));
    }

    private static Object statement(Statement statement) {
        Class<?>[] types = statement instanceof CallableStatement
                ? new Class<?>[] {CallableStatement.class}
                : statement instanceof PreparedStatement
                        ? new Class<?>[] {PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        return Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), types, forward(statement, (method, args, result) -> {
                    if (method.getName().startsWith("execute") && COUNT.get() != null) {
                        COUNT.get()[0]++;
                    }
                    return result;
                }));
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}

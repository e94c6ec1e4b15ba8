package org.alongside;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends to the database while {@link #count} runs
 * (MockMvc requests run on the test's thread), so a test can say how many statements an action
 * costs, and which. Outside a count, connections pass through untouched.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    /** Runs the action and answers how many statements it executed on this thread. */
    public static int count(Callable<?> action) throws Exception {
        return statements(action).size();
    }

    /** Runs the action and answers the SQL of each statement it executed on this thread, in order. */
    public static List<String> statements(Callable<?> action) throws Exception {
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            action.call();
        } finally {
            SENT.remove();
        }
        return sent;
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
                forward(
                        connection,
                        (method, args, result) ->
                                result instanceof Statement s ? statement(s, sqlIn(args, "")) : result));
    }

    private static Object statement(Statement statement, String prepared) {
        Class<?>[] types = statement instanceof CallableStatement
                ? new Class<?>[] {CallableStatement.class}
                : statement instanceof PreparedStatement
                        ? new Class<?>[] {PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        return Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), types, forward(statement, (method, args, result) -> {
                    List<String> sent = SENT.get();
                    if (method.getName().startsWith("execute") && sent != null) {
                        sent.add(sqlIn(args, prepared));
                    }
                    return result;
                }));
    }

    /** The SQL a call was given (prepareStatement's, or execute's for a plain statement), or {@code otherwise}. */
    private static String sqlIn(Object[] args, String otherwise) {
        return args != null && args.length > 0 && args[0] instanceof String sql ? sql : otherwise;
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

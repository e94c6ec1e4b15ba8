package org.alongside.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL in the data directory unless {@code spring.datasource.url} points
 * at an external one. The pool depends on the database so that it closes first.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(
            @Value("${alongside.data-dir:./data}") String dataDir,
            @Value("${alongside.db.shared-buffers:512MB}") String sharedBuffers) {
        return new EmbeddedDatabase(Path.of(dataDir), sharedBuffers);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database) throws IOException {
        return database.start();
    }

    @Bean(destroyMethod = "close")
    @DependsOn("embeddedPostgres")
    HikariDataSource dataSource(
            EmbeddedPostgres postgres, EmbeddedDatabase database, @Value("${alongside.db.pool-size:10}") int poolSize)
            throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedDatabase.APP_ROLE, "postgres"));
        dataSource.setUsername(EmbeddedDatabase.APP_ROLE);
        dataSource.setPassword(database.appPassword());
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("alongside");
        dataSource.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        return dataSource;
    }

    /** Migrations run as the superuser, who owns the schema; the application's pool never does. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getPostgresDatabase());
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

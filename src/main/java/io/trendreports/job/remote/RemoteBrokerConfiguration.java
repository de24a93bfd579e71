package io.trendreports.job.remote;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;

/**
 * Remote mode ({@code trend.remote.enabled=true}): what the manager
 * ({@link RemoteManagerConfiguration}) and the workers ({@link RemoteWorkerConfiguration}) share:
 * the RabbitMQ queue that carries partition requests, and the PostgreSQL database that holds the
 * job repository and the record store for both.
 */
@Configuration
@EnableIntegration
@EnableConfigurationProperties(RemoteProperties.class)
@ConditionalOnProperty(name = "trend.remote.enabled", havingValue = "true")
public class RemoteBrokerConfiguration {

    /** Refuses to start on the embedded database, which no other process can reach. */
    @Bean
    public InitializingBean remoteModeNeedsPostgres(DataSource dataSource) {
        return () -> {
            String product;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            } catch (SQLException e) {
                throw new IllegalStateException("remote mode: cannot reach the database: " + e.getMessage(), e);
            }
            if (!product.contains("postgres")) {
                throw new IllegalStateException("remote mode (trend.remote.enabled=true) needs a PostgreSQL database"
                        + " shared by the manager and the workers (spring.datasource.url=jdbc:postgresql://...);"
                        + " the embedded " + product + " database is private to one process");
            }
        };
    }

    @Bean
    public CachingConnectionFactory partitionBrokerConnectionFactory(RemoteProperties remote) {
        CachingConnectionFactory factory = new CachingConnectionFactory(remote.broker());
        factory.setConnectionNameStrategy(f -> "trend-reports");
        return factory;
    }

    @Bean
    public Queue partitionRequestQueue(RemoteProperties remote) {
        return new Queue(remote.queue(), true);
    }

    /** Declares the queue on the broker when the first connection opens (manager or worker). */
    @Bean
    public RabbitAdmin partitionBrokerAdmin(CachingConnectionFactory partitionBrokerConnectionFactory) {
        return new RabbitAdmin(partitionBrokerConnectionFactory);
    }
}

package io.trendreports.ops;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.UUID;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * A queue of its own on the RabbitMQ broker at 127.0.0.1:5672 (guest/guest), deleted on close, so
 * that tests never take each other's partition requests. Tests using it are skipped with a clear
 * reason when no broker answers.
 */
final class RabbitQueue implements AutoCloseable {

    private static final URI BROKER = URI.create(System.getProperty("trend.test.rabbitmq",
            "amqp://guest:guest@127.0.0.1:5672"));

    private final String name;

    private RabbitQueue(String name) {
        this.name = name;
    }

    static RabbitQueue createOrSkip() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(BROKER.getHost(), BROKER.getPort() < 0 ? 5672 : BROKER.getPort()), 2000);
        } catch (IOException e) {
            assumeTrue(false, "RabbitMQ not available at " + BROKER.getHost() + ":" + BROKER.getPort() + " ("
                    + e.getMessage() + "); skipping");
        }
        return new RabbitQueue("trend-it-" + UUID.randomUUID().toString().substring(0, 8));
    }

    String[] args() {
        return new String[] {"--trend.remote.enabled=true", "--trend.remote.broker=" + BROKER,
                "--trend.remote.queue=" + name};
    }

    @Override
    public void close() {
        CachingConnectionFactory factory = new CachingConnectionFactory(BROKER);
        try {
            new RabbitAdmin(factory).deleteQueue(name);
        } finally {
            factory.destroy();
        }
    }
}

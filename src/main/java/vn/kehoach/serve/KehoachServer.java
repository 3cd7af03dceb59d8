package vn.kehoach.serve;

import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import vn.kehoach.pipeline.Pipeline;

/**
 * The HTTP service: Jetty's core server with the {@link ApiHandler} on one connector. Pipelines run on
 * the {@link WorkQueue}'s few workers; Jetty's threads only read bodies and wait for results, so a
 * request that finds the queue full is refused at once instead of starting more OCR.
 */
public final class KehoachServer implements AutoCloseable {

    private static final Duration IDLE_MARGIN = Duration.ofSeconds(30);

    private final Server server;
    private final ServerConnector connector;
    private final WorkQueue queue;

    private KehoachServer(Server server, ServerConnector connector, WorkQueue queue) {
        this.server = server;
        this.connector = connector;
        this.queue = queue;
    }

    /** Starts listening; the pipeline must be safe to run from several threads at once. */
    public static KehoachServer start(Pipeline pipeline, ServiceOptions options) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("kehoach-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(options.host());
        connector.setPort(options.port());
        // A connection waiting for its worker is idle too: the idle limit must outlast the request limit so
        // that the 504 is sent before the connection is dropped. It also bounds a client that stops sending.
        connector.setIdleTimeout(options.timeout().plus(IDLE_MARGIN).toMillis());
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        server.addConnector(connector);
        WorkQueue queue = new WorkQueue(options.workers(), options.queueCapacity(), options.timeout());
        server.setHandler(new ApiHandler(pipeline, queue, options));
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            queue.close();
            server.stop();
            throw e;
        }
        return new KehoachServer(server, connector, queue);
    }

    /** The port listened on (the one chosen when asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        return URI.create("http://" + connector.getHost() + ":" + port() + "/");
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            queue.close();
        }
    }
}

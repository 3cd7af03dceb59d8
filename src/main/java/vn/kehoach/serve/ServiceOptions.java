package vn.kehoach.serve;

import java.time.Duration;

/**
 * How the service listens and what it allows: the address and port (0: any free port), the workers
 * that run pipelines, how many requests may wait for one, the largest request body and how long a
 * request may take from being queued to its answer.
 */
public record ServiceOptions(String host, int port, int workers, int queueCapacity, long maxBodyBytes, Duration timeout) {

    public ServiceOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port outside 0..65535: " + port);
        }
        if (workers < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("need at least one worker and a queue of 0 or more: " + workers + ", " + queueCapacity);
        }
        if (maxBodyBytes < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("body limit and timeout must be positive");
        }
    }
}

package vn.kehoach.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.kehoach.serve.KehoachServer;
import vn.kehoach.serve.ServiceOptions;

/** {@code kehoach serve [--port 8070]}: the pipeline as an HTTP service (README "serve"). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the HTTP service: POST /api/extract (a document) answers plan JSON, POST /api/validate "
        + "(plan JSON) answers findings, GET /api/health. Stops on Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
        description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8070",
        description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
        description = "Documents processed at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "8",
        description = "Requests that may wait for a worker; more are refused with 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "52428800",
        description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}, 50 MiB).")
    long maxBody;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
        description = "Longest a request may wait and run; then 504 (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServiceOptions options;
        try {
            options = new ServiceOptions(host, port, workers, queue, maxBody, Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Pipelines pipelines = Pipelines.standard(pipelineOptions);
             KehoachServer server = KehoachServer.start(pipelines.full(), options)) {
            spec.commandLine().getErr().println("kehoach: serving on " + server.uri() + "api/ (" + workers
                + " workers, queue " + queue + "); Ctrl-C stops");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    // stopping anyway
                }
            }));
            server.join();
        }
        return ExitCodes.OK;
    }
}

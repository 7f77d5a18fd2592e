package org.essor.testing.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/** Whether the tests should use Testcontainers: a Docker engine answers and ESSOR_TEST_DOCKER is not false. */
final class DockerEngine {

    private DockerEngine() {
    }

    static boolean usable() {
        String wanted = System.getProperty("essor.test.docker", System.getenv("ESSOR_TEST_DOCKER"));
        if ("false".equalsIgnoreCase(wanted)) {
            return false;
        }
        boolean engineVisible = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!engineVisible) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}

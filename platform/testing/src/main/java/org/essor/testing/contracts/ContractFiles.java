package org.essor.testing.contracts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the committed contracts are: {@code contracts/} at the root of the repository. */
public final class ContractFiles {

    private ContractFiles() {
    }

    public static Path directory() {
        String projectDir = System.getProperty("essor.project.dir");
        if (projectDir != null && Files.isDirectory(Paths.get(projectDir, "contracts"))) {
            return Paths.get(projectDir, "contracts");
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("contracts/asyncapi.yaml"))) {
                return dir.resolve("contracts");
            }
        }
        throw new IllegalStateException("No contracts/ folder above " + Paths.get("").toAbsolutePath());
    }
}

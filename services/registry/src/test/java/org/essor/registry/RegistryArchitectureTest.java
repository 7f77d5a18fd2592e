package org.essor.registry;

import org.essor.testing.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class RegistryArchitectureTest {

    @Test
    void theRoomsDependInwardOnly() {
        ServiceArchitecture.check("org.essor.registry");
    }
}

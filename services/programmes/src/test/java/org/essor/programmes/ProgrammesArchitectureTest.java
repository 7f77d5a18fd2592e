package org.essor.programmes;

import org.essor.testing.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ProgrammesArchitectureTest {

    @Test
    void theRoomsDependInwardOnly() {
        ServiceArchitecture.check("org.essor.programmes");
    }
}

package org.essor.financing;

import org.essor.testing.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class FinancingArchitectureTest {

    @Test
    void theRoomsDependInwardOnly() {
        ServiceArchitecture.check("org.essor.financing");
    }
}

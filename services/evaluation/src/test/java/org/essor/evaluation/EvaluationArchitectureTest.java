package org.essor.evaluation;

import org.essor.testing.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class EvaluationArchitectureTest {

    @Test
    void theRoomsDependInwardOnly() {
        ServiceArchitecture.check("org.essor.evaluation");
    }
}

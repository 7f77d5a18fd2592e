package org.essor.calendar;

import org.essor.testing.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class CalendarArchitectureTest {

    @Test
    void theRoomsDependInwardOnly() {
        ServiceArchitecture.check("org.essor.calendar");
    }
}

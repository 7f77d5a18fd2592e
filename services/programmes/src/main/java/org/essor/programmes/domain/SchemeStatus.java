package org.essor.programmes.domain;

import java.util.Arrays;

/**
 * Where a scheme stands in the plan (the {@code status} of the catalogue file). A scheme that runs, or that the plan
 * runs as a trial, takes calls: Alter'Venture was trialled from 2017 and still is; the Fabrique à Initiatives is a
 * trial the plan means to run in rural territories, and a trial needs its calls. A scheme still to be built or only
 * planned does not run yet: it takes no call.
 */
public enum SchemeStatus {
    EXISTING("existing", true),
    EXPERIMENTAL("experimental", true),
    TO_BE_EXPERIMENTED("to be experimented", true),
    TO_BE_BUILT("to be built", false),
    PLANNED("planned", false);

    private final String inFile;
    private final boolean takesCalls;

    SchemeStatus(String inFile, boolean takesCalls) {
        this.inFile = inFile;
        this.takesCalls = takesCalls;
    }

    public boolean takesCalls() {
        return takesCalls;
    }

    /** The status as the reference file words it. */
    public static SchemeStatus fromPlan(String status) {
        return Arrays.stream(values()).filter(s -> s.inFile.equals(status)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown scheme status in the catalogue: " + status));
    }
}

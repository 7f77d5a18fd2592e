package org.essor.programmes;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;

import io.agroal.api.AgroalDataSource;

/** What tests that build applicants share: the database, the broker, and an {@link Applicants} fixture on them. */
public abstract class ApplicantsTestSupport {

    @Inject
    protected AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected Applicants applicants;

    @BeforeEach
    void applicants() {
        applicants = new Applicants(bootstrapServers, dataSource);
    }
}

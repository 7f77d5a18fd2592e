package org.essor.programmes.security;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;

import io.agroal.api.AgroalDataSource;

/** What the security tests share: the database and broker the {@link Dossiers} fixture works on. */
abstract class SecurityTestSupport {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    Dossiers dossiers;

    @BeforeEach
    void dossiers() {
        dossiers = new Dossiers(bootstrapServers, dataSource);
    }
}

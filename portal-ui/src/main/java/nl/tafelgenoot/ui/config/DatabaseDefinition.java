package nl.tafelgenoot.ui.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's one datasource, {@code java:app/jdbc/tafelgenoot}, which the
 * persistence unit and the migrations use. Its connection settings come from configuration, see
 * {@link ConfiguredDataSource}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/tafelgenoot",
        className = "nl.tafelgenoot.ui.config.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DatabaseDefinition {
}

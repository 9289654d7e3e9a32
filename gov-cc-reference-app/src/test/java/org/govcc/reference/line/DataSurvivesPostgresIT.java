package org.govcc.reference.line;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.PostgresCluster;
import org.govcc.reference.testing.WildFlyServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data survives on PostgreSQL: a throw-away cluster, GovCcDS made by scripts/wildfly/govcc-postgres.sh with a
 * password full of what a shell or the CLI would take apart, which must reach the database intact.
 */
@OwnServers
class DataSurvivesPostgresIT extends DataSurvivesContract {

    private static final String PASSWORD = "p@ss \"w\\rd\" {x}$y,z";
    private PostgresCluster cluster;

    @Override
    String name() {
        return "data-survives-postgres";
    }

    @Override
    int portOffset() {
        return 452;
    }

    @Override
    int sipPort() {
        return 55030;
    }

    @Override
    String rtpPorts() {
        return "36200-36298";
    }

    @Override
    void useDatabase(WildFlyServer server) throws Exception {
        cluster = PostgresCluster.start();
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(cluster.url());
        owner.setUser(cluster.user());
        owner.setPassword(cluster.password());
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE govcc PASSWORD '" + PASSWORD.replace("'", "''") + "'");
        }
        PostgresCluster.runWith("GOVCC_DB_PASSWORD=" + PASSWORD,
                Path.of("..", "scripts", "wildfly", "govcc-postgres.sh").toAbsolutePath().normalize().toString(),
                "--url", cluster.url(), "--user", cluster.user(),
                "--jboss-home", server.home().toString(), "--base-dir", server.baseDir().toString());
    }

    @Override
    DataSource database(WildFlyServer server) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(cluster.url());
        pg.setUser(cluster.user());
        pg.setPassword(PASSWORD);
        return pg;
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @Override
    void closeDatabase() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }
}

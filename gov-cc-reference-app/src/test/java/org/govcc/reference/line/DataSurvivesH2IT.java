package org.govcc.reference.line;

import javax.sql.DataSource;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.WildFlyServer;
import org.h2.jdbcx.JdbcDataSource;

/** The data survives on the embedded default: GovCcDS, an H2 file in the server's data directory. */
@OwnServers
class DataSurvivesH2IT extends DataSurvivesContract {

    @Override
    String name() {
        return "data-survives-h2";
    }

    @Override
    int portOffset() {
        return 451;
    }

    @Override
    int sipPort() {
        return 55020;
    }

    @Override
    String rtpPorts() {
        return "36100-36198";
    }

    @Override
    void useDatabase(WildFlyServer server) {
        // The build's govcc-h2.cli made GovCcDS the H2 file; the server's copy of standalone/ has it.
    }

    @Override
    DataSource database(WildFlyServer server) {
        JdbcDataSource h2 = new JdbcDataSource();
        // As scripts/wildfly/govcc-h2.cli defines it.
        h2.setURL("jdbc:h2:file:" + server.dataDir().resolve("govcc").resolve("govcc")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TIME ZONE=UTC");
        h2.setUser("sa");
        h2.setPassword("sa");
        return h2;
    }

    @Override
    String vendor() {
        return "h2";
    }

    @Override
    void closeDatabase() {
        // The file stays in the server's base directory under target/.
    }
}

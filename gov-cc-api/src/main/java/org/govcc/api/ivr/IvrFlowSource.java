package org.govcc.api.ivr;

import java.util.Optional;
import java.util.Set;
import org.govcc.api.spi.Provider;

/**
 * SPI: where IVR flows are stored (classpath, files, a database). Thread-safe; may do I/O.
 *
 * @since 0.1
 */
public interface IvrFlowSource extends Provider {

    /** Returns the ids of the flows this source holds. */
    Set<FlowId> flows();

    /** Returns the flow {@code id}, if this source holds it. */
    Optional<FlowDocument> load(FlowId id);
}

package org.govcc.api.spi;

/**
 * An SPI implementation with a unique, stable id (e.g. {@code longest-idle}, {@code greek-calendar}).
 *
 * @since 0.1
 */
public interface Provider {

    /** The provider's id: unique among providers of the same SPI, stable across releases. */
    String id();
}

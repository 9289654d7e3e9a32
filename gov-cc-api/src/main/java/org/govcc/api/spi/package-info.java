/**
 * Finding and registering SPI implementations: every provider has a unique {@link org.govcc.api.spi.Provider#id()};
 * {@link org.govcc.api.spi.ProviderRegistry} loads them with {@link java.util.ServiceLoader} or takes them by hand.
 */
package org.govcc.api.spi;

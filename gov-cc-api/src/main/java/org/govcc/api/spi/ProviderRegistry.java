package org.govcc.api.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.govcc.api.internal.Require;

/**
 * The providers of one SPI, by id: discovered with {@link ServiceLoader}, registered by hand, or both.
 *
 * <p>Two providers with the same id are refused, whichever way they arrive, so that configuration naming
 * an id always means one implementation. Thread-safe.
 *
 * @param <T> the SPI type
 * @since 0.1
 */
public final class ProviderRegistry<T extends Provider> {

    private final Class<T> spi;
    private final Map<String, T> byId = new LinkedHashMap<>();

    private ProviderRegistry(Class<T> spi) {
        this.spi = spi;
    }

    /** Returns an empty registry for {@code spi}. */
    public static <T extends Provider> ProviderRegistry<T> empty(Class<T> spi) {
        return new ProviderRegistry<>(Require.nonNull(spi, "spi"));
    }

    /**
     * Returns a registry holding every provider of {@code spi} that {@code loader} finds.
     *
     * @throws IllegalStateException if two providers share an id, or a provider cannot be instantiated
     */
    public static <T extends Provider> ProviderRegistry<T> discover(Class<T> spi, ClassLoader loader) {
        ProviderRegistry<T> registry = empty(spi);
        try {
            for (T provider : ServiceLoader.load(spi, loader)) {
                registry.register(provider);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a provider of " + spi.getName() + ": " + e.getMessage(), e);
        }
        return registry;
    }

    /** Returns a registry of the providers of {@code spi} visible to {@code spi}'s own class loader. */
    public static <T extends Provider> ProviderRegistry<T> discover(Class<T> spi) {
        return discover(spi, spi.getClassLoader());
    }

    /**
     * Adds {@code provider}.
     *
     * @return this registry
     * @throws IllegalStateException if a provider with the same id is registered already
     * @throws IllegalArgumentException if the provider's id is not a valid identifier
     */
    public synchronized ProviderRegistry<T> register(T provider) {
        Require.nonNull(provider, "provider");
        String id = Require.id(provider.id(), spi.getSimpleName() + " provider id of " + provider.getClass().getName());
        T existing = byId.putIfAbsent(id, provider);
        if (existing != null) {
            throw new IllegalStateException("two " + spi.getSimpleName() + " providers have the id '" + id + "': "
                    + existing.getClass().getName() + " and " + provider.getClass().getName());
        }
        return this;
    }

    /** Returns the provider with {@code id}, if registered. */
    public synchronized Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns the provider with {@code id}.
     *
     * @throws IllegalArgumentException naming the id and the known ids if none is registered
     */
    public synchronized T get(String id) {
        T provider = byId.get(id);
        if (provider == null) {
            throw new IllegalArgumentException("no " + spi.getSimpleName() + " provider with id '" + id
                    + "'; known: " + byId.keySet());
        }
        return provider;
    }

    /** Returns all providers, in registration order. */
    public synchronized List<T> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }
}

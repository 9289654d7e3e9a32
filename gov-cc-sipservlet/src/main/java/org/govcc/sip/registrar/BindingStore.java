package org.govcc.sip.registrar;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Where a {@link Registrar} keeps its agents' bindings so that they outlive the process: a phone registers for up
 * to an hour and does not register again before its registration is due, so a line that forgot its bindings at a
 * restart or a redeployment could not ring its agents until then.
 *
 * <p>Implementations are called by the registrar under its own lock, one call at a time.
 *
 * @since 0.1
 */
public interface BindingStore {

    /** Returns the bindings saved last, expired ones included (the registrar drops those). */
    List<Registrar.Binding> load();

    /** Replaces what is saved with {@code bindings}. */
    void save(Collection<Registrar.Binding> bindings);

    /** Returns a store that keeps nothing (the registrar's bindings then live in memory only). */
    static BindingStore none() {
        return new BindingStore() {
            @Override
            public List<Registrar.Binding> load() {
                return List.of();
            }

            @Override
            public void save(Collection<Registrar.Binding> bindings) {
            }
        };
    }

    /** Returns a store in {@code file}, readable by its owner only (see {@link FileBindingStore}). */
    static BindingStore file(Path file) {
        return new FileBindingStore(file);
    }
}

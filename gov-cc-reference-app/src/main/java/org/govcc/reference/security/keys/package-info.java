/**
 * The line's secret keys and what is done with them: {@link org.govcc.reference.security.keys.SecretKeys} reads one
 * key per {@link org.govcc.reference.security.keys.KeyPurpose} and version from WildFly's Elytron credential store
 * {@code govcc-keys} (never from the repository, the WAR or the database); the
 * {@link org.govcc.reference.security.keys.Sealer} encrypts fields at rest with AES-256-GCM, and the
 * {@link org.govcc.reference.security.keys.CallerHasher} turns a sealed line's caller number into a keyed
 * {@link org.govcc.reference.security.keys.CallerHash}.
 *
 * <p>A key's alias in the store is {@code <purpose>-v<version>} ({@code complaint-content-v1}); the highest version
 * is current for new writes, older ones stay for reading what was written before a rotation
 * ({@code scripts/wildfly/govcc-rotate-key.sh}). Nothing in this package ever logs or puts into a message a key, a
 * plaintext or a caller's number.
 */
package org.govcc.reference.security.keys;

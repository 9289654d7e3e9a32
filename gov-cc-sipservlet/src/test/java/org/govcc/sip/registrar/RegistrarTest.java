package org.govcc.sip.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrarTest {

    private static final String REALM = "govcc";
    private final MutableClock clock = new MutableClock();
    private final List<String> events = new ArrayList<>();
    private final DigestAuthenticator auth = new DigestAuthenticator(REALM, Duration.ofMinutes(5), clock);
    private final Registrar registrar = new Registrar(
            AgentDirectory.of(List.of(AgentAccount.withPassword(new AgentId("a1"), "alice", REALM, "pw"))), auth,
            new RegistrationListener() {
                @Override
                public void registered(AgentId agent, String contact) {
                    events.add("up " + agent);
                }

                @Override
                public void unregistered(AgentId agent, String reason) {
                    events.add("down " + agent + " " + reason);
                }
            }, clock, Duration.ofHours(1));

    @Test
    void challengesFirstThenAcceptsTheRightDigestAndExpiresTheBinding() {
        assertThat(registrar.register(null, "alice", "sip:alice@1.2.3.4", 60))
                .isInstanceOf(Registrar.Outcome.Challenge.class);

        String authz = authorization("alice", "pw", nonceOf(auth.challenge(false)));
        Registrar.Outcome ok = registrar.register(authz, "alice", "sip:alice@1.2.3.4", 60);

        assertThat(ok).isEqualTo(new Registrar.Outcome.Registered("sip:alice@1.2.3.4", 60));
        assertThat(registrar.current(new AgentId("a1"))).isPresent();
        clock.advance(Duration.ofSeconds(61));
        registrar.expire();
        assertThat(registrar.current(new AgentId("a1"))).isEmpty();
        assertThat(events).containsExactly("up a1", "down a1 registration expired");
    }

    @Test
    void rejectsAWrongPasswordAndAnotherUsersAddressOfRecord() {
        String nonce = nonceOf(auth.challenge(false));
        assertThat(registrar.register(authorization("alice", "wrong", nonce), "alice", "sip:a@h", 60))
                .isInstanceOf(Registrar.Outcome.Challenge.class);
        assertThat(registrar.register(authorization("alice", "pw", nonce), "bob", "sip:a@h", 60))
                .isInstanceOf(Registrar.Outcome.Forbidden.class);
        assertThat(events).isEmpty();
    }

    @Test
    void answersAnOldNonceAsStaleSoThePhoneRetriesSilently() {
        String authz = authorization("alice", "pw", nonceOf(auth.challenge(false)));
        clock.advance(Duration.ofMinutes(6));
        Registrar.Outcome outcome = registrar.register(authz, "alice", "sip:a@h", 60);
        assertThat(outcome).isInstanceOf(Registrar.Outcome.Challenge.class);
        assertThat(((Registrar.Outcome.Challenge) outcome).wwwAuthenticate()).contains("stale=true");
    }

    @Test
    void refreshIsNotANewRegistrationAndExpiresZeroUnregisters() {
        String nonce = nonceOf(auth.challenge(false));
        registrar.register(authorization("alice", "pw", nonce, 1), "alice", "sip:a@h", 60);
        registrar.register(authorization("alice", "pw", nonce, 2), "alice", "sip:a@h", 60);
        assertThat(registrar.register(authorization("alice", "pw", nonce, 3), "alice", "sip:a@h", 10))
                .isInstanceOf(Registrar.Outcome.IntervalTooBrief.class);
        registrar.register(authorization("alice", "pw", nonce, 4), "alice", "sip:a@h", 0);
        assertThat(events).containsExactly("up a1", "down a1 unregistered");
    }

    @Test
    void aReplayedAuthorizationIsChallengedAgainAndChangesNothing() {
        String nonce = nonceOf(auth.challenge(false));
        String captured = authorization("alice", "pw", nonce, 1);
        assertThat(registrar.register(captured, "alice", "sip:alice@1.2.3.4", 60))
                .isInstanceOf(Registrar.Outcome.Registered.class);
        registrar.register(authorization("alice", "pw", nonce, 2), "alice", "sip:alice@1.2.3.4", 0);

        Registrar.Outcome replay = registrar.register(captured, "alice", "sip:attacker@6.6.6.6", 60);

        assertThat(replay).isInstanceOf(Registrar.Outcome.Challenge.class);
        assertThat(((Registrar.Outcome.Challenge) replay).wwwAuthenticate()).doesNotContain("stale=true");
        assertThat(registrar.current(new AgentId("a1"))).as("the replay registered nothing").isEmpty();
        assertThat(auth.verify(authorization("alice", "pw", nonce, 2), "REGISTER", account()))
                .as("a lower or equal count is a replay too").isEqualTo(DigestAuthenticator.Verdict.REPLAYED);
        assertThat(auth.verify(authorization("alice", "pw", nonce, 7), "REGISTER", account()))
                .as("counts may skip ahead").isEqualTo(DigestAuthenticator.Verdict.OK);
    }

    @Test
    void twoPhonesChallengedInTheSameMillisecondBothRegister() {
        DigestAuthenticator.Verdict[] verdicts = new DigestAuthenticator.Verdict[2];
        String first = nonceOf(auth.challenge(false));
        String second = nonceOf(auth.challenge(false));
        AgentAccount bob = AgentAccount.withPassword(new AgentId("a2"), "bob", REALM, "pw2");

        verdicts[0] = auth.verify(authorization("alice", "pw", first), "REGISTER", account());
        verdicts[1] = auth.verify(authorization("bob", "pw2", second), "REGISTER", bob);

        assertThat(first).as("the clock stood still").isNotEqualTo(second);
        assertThat(verdicts).containsExactly(DigestAuthenticator.Verdict.OK, DigestAuthenticator.Verdict.OK);
    }

    @Test
    void aForgedNonceIsRejected() {
        String nonce = nonceOf(auth.challenge(false));
        String forged = nonce.substring(0, nonce.indexOf('.')) + ".0000000000000000"
                + nonce.substring(nonce.lastIndexOf('.'));

        assertThat(auth.verify(authorization("alice", "pw", forged), "REGISTER", account()))
                .isEqualTo(DigestAuthenticator.Verdict.REJECTED);
        assertThat(auth.verify(authorization("alice", "pw", "123." + nonce.substring(nonce.lastIndexOf('.') + 1)),
                "REGISTER", account())).as("the old two-part form").isEqualTo(DigestAuthenticator.Verdict.REJECTED);
    }

    @Test
    void aNonceUsedWithoutQopIsGoodOnceAndABadCountIsRejected() {
        String nonce = nonceOf(auth.challenge(false));
        String ha1 = AgentAccount.md5Hex("alice:" + REALM + ":pw");
        String response = AgentAccount.md5Hex(ha1 + ":" + nonce + ":" + AgentAccount.md5Hex("REGISTER:sip:govcc"));
        String noQop = "Digest username=\"alice\", realm=\"" + REALM + "\", nonce=\"" + nonce
                + "\", uri=\"sip:govcc\", response=\"" + response + "\"";

        assertThat(auth.verify(noQop, "REGISTER", account())).isEqualTo(DigestAuthenticator.Verdict.OK);
        assertThat(auth.verify(noQop, "REGISTER", account())).isEqualTo(DigestAuthenticator.Verdict.REPLAYED);
        assertThat(auth.verify(authorization("alice", "pw", nonceOf(auth.challenge(false)), 0), "REGISTER",
                account())).as("nc=00000000").isEqualTo(DigestAuthenticator.Verdict.REJECTED);
    }

    @Test
    void countsAreForgottenOnlyOnceTheirNonceIsStale() {
        String nonce = nonceOf(auth.challenge(false));
        String captured = authorization("alice", "pw", nonce, 1);
        assertThat(auth.verify(captured, "REGISTER", account())).isEqualTo(DigestAuthenticator.Verdict.OK);
        clock.advance(Duration.ofMinutes(4));
        auth.verify(authorization("alice", "pw", nonceOf(auth.challenge(false)), 1), "REGISTER", account());
        assertThat(auth.verify(captured, "REGISTER", account())).isEqualTo(DigestAuthenticator.Verdict.REPLAYED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(auth.verify(captured, "REGISTER", account())).as("after its lifetime the nonce is stale")
                .isEqualTo(DigestAuthenticator.Verdict.STALE);
    }

    @Test
    void aSecondRegistrarOnTheSameStoreTakesBackTheUnexpiredBindingsAndTellsItsListener(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("registrations.tsv");
        registrar.persistTo(BindingStore.file(file));
        registrar.register(authorization("alice", "pw", nonceOf(auth.challenge(false))), "alice", "sip:alice@1.2.3.4",
                120);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);

        List<String> restartedEvents = new ArrayList<>();
        Registrar restarted = new Registrar(AgentDirectory.of(List.of(account())), auth, new RegistrationListener() {
            @Override
            public void registered(AgentId agent, String contact) {
                restartedEvents.add("up " + agent + " " + contact);
            }
        }, clock, Duration.ofHours(1));
        clock.advance(Duration.ofSeconds(60));

        assertThat(restarted.persistTo(BindingStore.file(file))).isEqualTo(1);
        assertThat(restartedEvents).containsExactly("up a1 sip:alice@1.2.3.4");
        assertThat(restarted.current(new AgentId("a1"))).map(Registrar.Binding::contact).contains("sip:alice@1.2.3.4");
    }

    @Test
    void anExpiredOrUnknownSavedBindingIsNotTakenBackAndABrokenLineIsSkipped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("registrations.tsv");
        long later = clock.instant().plusSeconds(300).getEpochSecond();
        long earlier = clock.instant().minusSeconds(1).getEpochSecond();
        Files.writeString(file, "a1\talice\tsip:old@h\t" + earlier + "\n"
                + "zz\tzed\tsip:zed@h\t" + later + "\n"
                + "not a binding\n");

        assertThat(registrar.persistTo(BindingStore.file(file))).isZero();
        assertThat(events).isEmpty();
        assertThat(BindingStore.file(file).load()).isEmpty(); // rewritten with what the registrar holds: nothing
    }

    private static AgentAccount account() {
        return AgentAccount.withPassword(new AgentId("a1"), "alice", REALM, "pw");
    }

    private static String nonceOf(String challenge) {
        return DigestAuthenticator.parse(challenge).get("nonce");
    }

    private static String authorization(String user, String password, String nonce) {
        return authorization(user, password, nonce, 1);
    }

    private static String authorization(String user, String password, String nonce, int count) {
        String nc = String.format("%08x", count);
        String uri = "sip:govcc";
        String ha1 = AgentAccount.md5Hex(user + ":" + REALM + ":" + password);
        String ha2 = AgentAccount.md5Hex("REGISTER:" + uri);
        String response = AgentAccount.md5Hex(ha1 + ":" + nonce + ":" + nc + ":abc:auth:" + ha2);
        Map<String, String> p = Map.of("username", user, "realm", REALM, "nonce", nonce, "uri", uri,
                "response", response);
        return "Digest username=\"" + p.get("username") + "\", realm=\"" + REALM + "\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=" + nc
                + ", cnonce=\"abc\"";
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

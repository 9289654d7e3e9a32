package org.govcc.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    /** A test SPI with two providers listed in META-INF/services of the test class path. */
    public interface Greeter extends Provider {
        String greet();
    }

    /** Found by ServiceLoader. */
    public static final class Hello implements Greeter {
        @Override
        public String id() {
            return "hello";
        }

        @Override
        public String greet() {
            return "hello";
        }
    }

    /** Found by ServiceLoader. */
    public static final class Yassou implements Greeter {
        @Override
        public String id() {
            return "yassou";
        }

        @Override
        public String greet() {
            return "γειά σου";
        }
    }

    private record Fixed(String id, String greet) implements Greeter {
    }

    @Test
    void discoversProvidersWithServiceLoaderInDeclarationOrder() {
        ProviderRegistry<Greeter> registry = ProviderRegistry.discover(Greeter.class);
        assertThat(registry.all()).extracting(Greeter::id).containsExactly("hello", "yassou");
        assertThat(registry.get("yassou").greet()).isEqualTo("γειά σου");
    }

    @Test
    void takesProvidersRegisteredByHand() {
        ProviderRegistry<Greeter> registry = ProviderRegistry.discover(Greeter.class).register(new Fixed("hi", "hi"));
        assertThat(registry.find("hi")).map(Greeter::greet).contains("hi");
    }

    @Test
    void refusesASecondProviderWithTheSameId() {
        ProviderRegistry<Greeter> registry = ProviderRegistry.discover(Greeter.class);
        assertThatThrownBy(() -> registry.register(new Fixed("hello", "again")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two Greeter providers have the id 'hello'");
        assertThat(registry.get("hello").greet()).isEqualTo("hello");
    }

    @Test
    void refusesAnInvalidId() {
        assertThatThrownBy(() -> ProviderRegistry.empty(Greeter.class).register(new Fixed("has space", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'has space'");
    }

    @Test
    void namesTheKnownIdsWhenAnUnknownOneIsAskedFor() {
        assertThatThrownBy(() -> ProviderRegistry.discover(Greeter.class).get("bonjour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bonjour'")
                .hasMessageContaining("[hello, yassou]");
        assertThat(ProviderRegistry.empty(Greeter.class).find("hello")).isEmpty();
    }
}

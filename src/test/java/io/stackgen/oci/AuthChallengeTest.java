package io.stackgen.oci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {
    @Test
    void bearerChallengesAsDockerHubAndGhcrSendThem() {
        AuthChallenge challenge = AuthChallenge.parse(
                "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/x:pull,push\"")
                .orElseThrow();

        assertThat(challenge.isBearer()).isTrue();
        assertThat(challenge.params()).isEqualTo(Map.of("realm", "https://auth.docker.io/token",
                "service", "registry.docker.io", "scope", "repository:library/x:pull,push"));
    }

    @Test
    void parametersInAnyOrderWithSpacesAndUnquotedValues() {
        AuthChallenge challenge = AuthChallenge.parse("bearer scope=\"a:b:pull\", Realm=https://h/t , service=svc").orElseThrow();

        assertThat(challenge.param("realm")).contains("https://h/t");
        assertThat(challenge.param("service")).contains("svc");
        assertThat(challenge.param("scope")).contains("a:b:pull");
    }

    @Test
    void bearerIsChosenOverBasic() {
        assertThat(AuthChallenge.choose(List.of("Basic realm=\"r\"", "Bearer realm=\"https://h/t\"")).orElseThrow().isBearer()).isTrue();
        assertThat(AuthChallenge.choose(List.of("Basic realm=\"registry\"")).orElseThrow().isBasic()).isTrue();
        assertThat(AuthChallenge.choose(List.of("Negotiate"))).isEmpty();
    }
}

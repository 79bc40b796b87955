package io.stackgen.lint.rules.net;

import static io.stackgen.lint.rules.net.Hostnames.gateway;
import static io.stackgen.lint.rules.net.Hostnames.ingress;
import static io.stackgen.lint.rules.net.Hostnames.intersect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostnamesTest {

    @Test
    void gatewayWildcardStandsForOneOrMoreLabelsButNotNone() {
        assertThat(intersect(gateway("*.example.com"), gateway("test.example.com"))).isTrue();
        assertThat(intersect(gateway("*.example.com"), gateway("foo.test.example.com"))).isTrue();
        assertThat(intersect(gateway("*.example.com"), gateway("example.com"))).isFalse();
        assertThat(intersect(gateway("*.example.com"), gateway("badexample.com"))).isFalse();
    }

    @Test
    void ingressWildcardStandsForExactlyOneLabel() {
        assertThat(intersect(ingress("*.example.com"), gateway("a.example.com"))).isTrue();
        assertThat(intersect(ingress("*.example.com"), gateway("a.b.example.com"))).isFalse();
        assertThat(intersect(ingress("*.example.com"), gateway("example.com"))).isFalse();
    }

    @Test
    void twoWildcardsIntersectWhenOneSuffixLiesUnderTheOther() {
        assertThat(intersect(gateway("*.example.com"), gateway("*.example.com"))).isTrue();
        assertThat(intersect(gateway("*.example.com"), gateway("*.rpc.example.com"))).isTrue();
        assertThat(intersect(gateway("*.rpc.example.com"), gateway("*.example.com"))).isTrue();
        assertThat(intersect(gateway("*.example.com"), gateway("*.example.org"))).isFalse();
        // An Ingress *.example.com serves x.example.com only; *.rpc.example.com needs x.rpc.example.com.
        assertThat(intersect(ingress("*.example.com"), gateway("*.rpc.example.com"))).isFalse();
        assertThat(intersect(ingress("*.rpc.example.com"), gateway("*.example.com"))).isTrue();
        assertThat(intersect(ingress("*.example.com"), ingress("*.rpc.example.com"))).isFalse();
    }

    @Test
    void exactHostsCompareWithoutCaseOrTrailingDot() {
        assertThat(intersect(gateway("RPC.Example.org."), gateway("rpc.example.org"))).isTrue();
        assertThat(intersect(gateway("rpc.example.org"), gateway("www.example.org"))).isFalse();
    }

    @Test
    void indexFindsExactlyWhatPairwiseComparisonFinds() {
        List<String> hosts = List.of("example.com", "a.example.com", "b.example.com", "x.a.example.com",
                "y.x.a.example.com", "example.org", "a.example.org", "com");
        List<Hostnames.Pattern> patterns = new ArrayList<>();
        for (String host : hosts) {
            patterns.add(gateway(host));
            patterns.add(gateway("*." + host));
            patterns.add(ingress("*." + host));
        }
        Hostnames.Index<Hostnames.Pattern> index = new Hostnames.Index<>();
        patterns.forEach(p -> index.add(p, p));

        for (Hostnames.Pattern query : patterns) {
            List<Hostnames.Pattern> expected = patterns.stream().filter(p -> intersect(p, query)).toList();
            assertThat(index.intersecting(query)).as("matches of %s", query).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}

package io.stackgen.lint.rules.net;

import io.stackgen.lint.Rule;
import java.util.List;

/** The NET family, in id order. */
public final class ExposureRules {
    private static final List<Rule> ALL = List.of(
            new HostServedTwiceRule(),
            new HttpAndGrpcRouteClashRule(),
            new GrpcIngressWithoutHttp2Rule(),
            new UnattachedRouteRule(),
            new DisjointHostnamesRule(),
            new MissingTlsReferenceRule(),
            new UnservedNetworkApiRule(),
            new DanglingBackendRule());

    private ExposureRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}

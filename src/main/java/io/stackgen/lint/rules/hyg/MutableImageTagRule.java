package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.ImageName;
import io.stackgen.lint.model.Workload;

@LintRule(id = "HYG01", title = "Image tag that can change under a running node", severity = Severity.MEDIUM,
        family = Family.HYG,
        rationale = "An image without a tag or tagged latest is whatever the registry holds at pull time: a rescheduled "
                + "pod can come back as another client version than its peers, possibly across a fork boundary. For a "
                + "signer that is a safety event, so signers should pin a digest, which no re-push can move.",
        fix = "Pin a version tag (e.g. consensys/maru:0f6dc85); on signers pin the digest too "
                + "(image: repo:tag@sha256:…).",
        references = {"https://kubernetes.io/docs/concepts/containers/images/#image-names",
                "https://docs.kubelinter.io/#/generated/checks?id=latest-tag"})
public final class MutableImageTagRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            boolean signer = workload.isSigner();
            for (Container container : workload.allContainers()) {
                String image = container.image();
                if (image.isEmpty()) {
                    continue;
                }
                ImageName reference = ImageName.parse(image);
                if (!reference.digest().isEmpty()) {
                    continue;
                }
                String who = "container '" + container.name() + "'" + (signer ? " of a signer" : "");
                if (reference.tag().isEmpty() || reference.tag().equals("latest")) {
                    String problem = reference.tag().isEmpty() ? "has no tag (so it means latest)" : "is tagged latest";
                    findings.report(workload.object(), container.at("image"), signer ? Severity.HIGH : Severity.MEDIUM,
                            "image '" + image + "' of " + who + " " + problem + ": every pull may bring another version");
                } else if (signer) {
                    findings.report(workload.object(), container.at("image"), Severity.LOW,
                            "image '" + image + "' of " + who + " is pinned by tag only; a tag can be re-pushed, a digest cannot");
                }
            }
        }
    }
}

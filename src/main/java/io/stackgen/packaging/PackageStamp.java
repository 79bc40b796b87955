package io.stackgen.packaging;

import java.time.Instant;

/**
 * What a package records about how it was made.
 *
 * @param command         the stackgen command line, as it should be shown (values of --set flags left out)
 * @param stackgenVersion the version of stackgen that made it
 * @param time            the time of every archive entry ({@link ArchiveEpoch})
 */
public record PackageStamp(String command, String stackgenVersion, Instant time) {
}

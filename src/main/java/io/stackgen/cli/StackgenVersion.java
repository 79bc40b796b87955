package io.stackgen.cli;

import picocli.CommandLine.IVersionProvider;

final class StackgenVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"stackgen " + version()};
    }

    /** The jar's Implementation-Version, or "(development build)" when running from classes. */
    static String version() {
        String version = StackgenVersion.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}

package io.stackgen.cli;

import picocli.CommandLine.IVersionProvider;

final class StackgenVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"stackgen " + number()};
    }

    /** The jar's version, or a note that this is a build from sources. */
    static String number() {
        String version = StackgenVersion.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}

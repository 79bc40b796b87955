package io.stackgen.cli;

import picocli.CommandLine.IVersionProvider;

final class StackgenVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = StackgenVersion.class.getPackage().getImplementationVersion();
        return new String[] {"stackgen " + (version == null ? "(development build)" : version)};
    }
}

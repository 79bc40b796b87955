package io.stackgen.hostile;

import static io.stackgen.hostile.BadInputs.SECRET;
import static io.stackgen.hostile.BadInputs.chart;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.stackgen.support.Hostile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --set} and its siblings with broken syntax. Messages show the argument with its values replaced by
 * {@code …} (a value may be a password) and say what is wrong.
 */
class BadSetTest {
    static Stream<Arguments> syntax() {
        return Stream.of(
                arguments("--set", "a[0=1", "--set 'a[0=...': error parsing index: missing ']'"),
                arguments("--set", "a={x,y", "--set 'a=...': list must terminate with '}'"),
                arguments("--set", "replicas", "--set 'replicas': key \"replicas\" has no value"),
                arguments("--set", "a[x]=1", "--set 'a[x]=...': error parsing index: \"x\" is not an integer"),
                arguments("--set", "a[99999999]=1", "--set 'a[99999999]=...': index of 99999999 is greater than maximum supported index of 65536"),
                arguments("--set", "a[99999999999]=1", "--set 'a[99999999999]=...': error parsing index: \"99999999999\" is out of range"),
                arguments("--set", "a[-1]=1", "--set 'a[-1]=...': negative -1 index not allowed"),
                arguments("--set", "=1", "--set '=...': empty key before '='"),
                arguments("--set", "a..b=1", "--set 'a..b=...': empty key before '.'"),
                arguments("--set", "a." + "a.".repeat(40) + "b=1",
                        "value name nested level is greater than maximum supported nested level of 30"),
                arguments("--set-string", "a[x]=1", "--set-string 'a[x]=...': error parsing index: \"x\" is not an integer"),
                arguments("--set-json", "a={\"x\":", "--set-json 'a=...': invalid JSON: "),
                arguments("--set-json", "a=" + "[".repeat(10_000), "--set-json 'a=...': invalid JSON: Document nesting depth"),
                arguments("--set-file", "=x.txt", "--set-file '=x.txt': empty key before '='"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void syntax(String flag, String argument, String message) {
        Hostile.run("render", chart(), flag, argument).fails(2).says(message);
    }

    /** Helm reads a comma as the end of a value: the rest is a key without a value, and the password stays hidden. */
    @Test
    void aValueWithACommaIsNotEchoed() {
        Hostile.run("render", chart(), "--set", "password=" + SECRET + ",oops").fails(2)
                .says("--set 'password=...,oops': key \"oops\" has no value");
        Hostile.run("render", chart(), "--set-json", "password=\"" + SECRET + "\",{").fails(2)
                .says("--set-json 'password=...': ");
        Hostile.run("render", chart(), "--set-json", "password=" + SECRET).fails(2)
                .says("--set-json 'password=...': invalid JSON: Unrecognized token: was expecting");
    }
}

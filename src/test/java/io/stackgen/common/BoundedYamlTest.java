package io.stackgen.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;

class BoundedYamlTest {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(1000).build();

    @Test
    void aDocumentWithoutAliasesIsStillHeldToTheLimitOfValues() {
        String text = "[" + "0,".repeat(BoundedYaml.MAX_EXPANDED_NODES) + "0]";

        assertThatThrownBy(() -> BoundedYaml.loadOne("big.yaml", SETTINGS, text, 10))
                .isInstanceOf(InputException.class)
                .hasMessage("big.yaml:1:1: aliases expand to more than 1000000 values (an alias bomb?)");
    }

    @Test
    void eachDocumentIsMeasuredOnItsOwnAliases() {
        String doubling = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\n";
        String bomb = doubling + "e: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: &h [*g, *g]\ni: &i [*h, *h]\n"
                + "j: &j [*i, *i]\nk: &k [*j, *j]\nl: &l [*k, *k]\nm: &m [*l, *l]\nn: &n [*m, *m]\no: &o [*n, *n]\n"
                + "p: &p [*o, *o]\nq: &q [*p, *p]\nr: &r [*q, *q]\ns: &s [*r, *r]\nt: &t [*s, *s]\n";
        String text = "plain: [1, 2]\n---\n" + bomb;

        List<Object> firstOnly = new java.util.ArrayList<>();
        assertThatThrownBy(() -> BoundedYaml.composeAll("two.yaml", SETTINGS, text, 50).forEach(firstOnly::add))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("aliases expand to more than 1000000 values");
        assertThat(firstOnly).hasSize(1);
        assertThat(BoundedYaml.loadOne("small.yaml", SETTINGS, doubling, 50)).isNotNull();
    }
}

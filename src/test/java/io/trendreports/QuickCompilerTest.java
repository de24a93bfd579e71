package io.trendreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

class QuickCompilerTest {

    @Test
    void aPlainJvmGetsTheDirectiveThatKeepsMethodsFromTheOptimizingCompiler() throws Exception {
        assumeFalse(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), "this test JVM was given a JIT level");
        String before = directives("compilerDirectivesPrint");
        try {
            assertThat(QuickCompiler.addDirective()).isTrue();
            String after = directives("compilerDirectivesPrint");
            assertThat(after).isNotEqualTo(before).contains("*.*");
        } finally {
            directives("compilerDirectivesRemove");
        }
        assertThat(directives("compilerDirectivesPrint")).isEqualTo(before);
    }

    private static String directives(String operation) throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return String.valueOf(out);
    }
}

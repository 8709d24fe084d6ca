import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Before and after in one JVM: two builds of {@code LintThroughputBenchmark}, each from its own
 * class loader, run alternately round by round (the order switching every round), so the drift of
 * a shared machine hits both alike. Prints thread CPU per document and the median of the paired
 * after/before ratios over the second half of the rounds. Usage ({@code -Dbench.repo} as for the
 * benchmark; a class path is one or more jars or folders separated by the path separator):
 * {@code java -Dbench.repo=DIR benchmarks/scripts/QuickAB.java BEFORE_CP AFTER_CP ROUNDS lint,engine,parse,scan}
 */
public class QuickAB {
    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[2]);
        String[] methods = a[3].split(",");
        String cls = "io.github.twimllint.benchmarks.LintThroughputBenchmark";
        URL[][] cps = {urls(a[0]), urls(a[1])};
        Object[] b = new Object[2];
        Method[][] m = new Method[2][methods.length];
        for (int s = 0; s < 2; s++) {
            ClassLoader l = new URLClassLoader(cps[s], ClassLoader.getPlatformClassLoader());
            Class<?> c = l.loadClass(cls);
            b[s] = c.getConstructor().newInstance();
            c.getField("documents").setInt(b[s], 2000);
            c.getMethod("setUp").invoke(b[s]);
            for (int k = 0; k < methods.length; k++) {
                m[s][k] = c.getMethod(methods[k]);
            }
        }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long[][][] cpu = new long[2][methods.length][rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < methods.length; k++) {
                for (int o = 0; o < 2; o++) {
                    int s = (r + k + o) % 2;
                    long t0 = t.getCurrentThreadCpuTime();
                    sink += (Integer) m[s][k].invoke(b[s]);
                    cpu[s][k][r] = t.getCurrentThreadCpuTime() - t0;
                }
            }
        }
        for (int k = 0; k < methods.length; k++) {
            double[] ratios = new double[rounds - rounds / 2];
            for (int r = rounds / 2; r < rounds; r++) {
                ratios[r - rounds / 2] = (double) cpu[1][k][r] / cpu[0][k][r];
            }
            Arrays.sort(ratios);
            System.out.printf("%-7s before %6.1f us  after %6.1f us  after/before paired median %.3f (range %.3f-%.3f)%n",
                    methods[k], med(cpu[0][k], rounds) / 2000e3, med(cpu[1][k], rounds) / 2000e3,
                    ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
        }
        System.out.println("sink " + sink);
    }

    static URL[] urls(String classPath) throws MalformedURLException {
        String[] parts = classPath.split(java.io.File.pathSeparator);
        URL[] out = new URL[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Path.of(parts[i]).toUri().toURL();
        }
        return out;
    }

    /** The median of the second half of the rounds (the first half is warm-up). */
    static double med(long[] v, int rounds) {
        long[] h = Arrays.copyOfRange(v, rounds / 2, rounds);
        Arrays.sort(h);
        return h[h.length / 2];
    }
}

package org.crossings.bench.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Eligibility;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.EligibilityOutcome.Allowed;
import org.crossings.server.agreement.EligibilityOutcome.NotAllowed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Eligibility#check} against (a) the one agreement that allows the request, (b) {@code spread} agreements
 * one per way, (c) {@code crowded} agreements all on the checked way, each for a request that is allowed and one
 * that is refused (every reason of every agreement on the way: the slower path); and (d) building the index
 * ({@link Eligibility#of}) of the (b) agreements. Each state checks in its set-up that the outcomes are the ones
 * described in {@link BenchAgreements}, so a benchmark cannot silently measure the wrong path. The sizes come from
 * the system properties {@code crossings.bench.spread} and {@code crossings.bench.crowded}, not JMH parameters: JMH
 * drops from its results the benchmarks of one run whose parameter sets differ (they compare as equal).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EligibilityBenchmark {

    /** (a) The baseline: an index of one agreement. */
    @State(Scope.Benchmark)
    public static class One {
        Eligibility eligibility;

        @Setup(Level.Trial)
        public void setUp() {
            eligibility = Eligibility.of(signed("one", BenchAgreements::one));
            expect(eligibility, BenchAgreements.ALLOWING, 4);
        }
    }

    /** (b) {@code spread} agreements, one on each way. */
    @State(Scope.Benchmark)
    public static class Spread {
        final int spread = Integer.getInteger("crossings.bench.spread", 5000);
        Eligibility eligibility;

        @Setup(Level.Trial)
        public void setUp() {
            eligibility = Eligibility.of(signed("spread", bench -> bench.spread(spread)));
            expect(eligibility, BenchAgreements.ALLOWING, 4);
        }
    }

    /** (c) {@code crowded} agreements, all on the checked way, the allowing one looked at last. */
    @State(Scope.Benchmark)
    public static class Crowded {
        final int crowded = Integer.getInteger("crossings.bench.crowded", 2000);
        Eligibility eligibility;

        @Setup(Level.Trial)
        public void setUp() {
            eligibility = Eligibility.of(signed("crowded", bench -> bench.crowded(crowded)));
            expect(eligibility, BenchAgreements.lastAllowing(), -1);
        }
    }

    /** (d) The agreements of (b), to index. */
    @State(Scope.Benchmark)
    public static class Build {
        final int spread = Integer.getInteger("crossings.bench.spread", 5000);
        List<Agreement> agreements;

        @Setup(Level.Trial)
        public void setUp() {
            agreements = signed("spread", bench -> bench.spread(spread));
        }
    }

    @Benchmark
    public EligibilityOutcome a_one_allowed(One state) {
        return state.eligibility.check(BenchAgreements.ALLOWED);
    }

    @Benchmark
    public EligibilityOutcome a_one_refused(One state) {
        return state.eligibility.check(BenchAgreements.REFUSED);
    }

    @Benchmark
    public EligibilityOutcome b_spread_allowed(Spread state) {
        return state.eligibility.check(BenchAgreements.ALLOWED);
    }

    @Benchmark
    public EligibilityOutcome b_spread_refused(Spread state) {
        return state.eligibility.check(BenchAgreements.REFUSED);
    }

    @Benchmark
    public EligibilityOutcome c_crowded_allowed(Crowded state) {
        return state.eligibility.check(BenchAgreements.ALLOWED);
    }

    @Benchmark
    public EligibilityOutcome c_crowded_refused(Crowded state) {
        return state.eligibility.check(BenchAgreements.REFUSED);
    }

    @Benchmark
    public Eligibility d_build_index(Build state) {
        return Eligibility.of(state.agreements);
    }

    /** The agreements {@code make} builds and signs, saying how long that took (set-up, not measured). */
    private static List<Agreement> signed(String what, Function<BenchAgreements, List<Agreement>> make) {
        long start = System.nanoTime();
        List<Agreement> agreements = make.apply(new BenchAgreements());
        System.out.printf(Locale.ROOT, "eligibility: %s: %,d agreements built in %.1f s%n", what,
                agreements.size(), (System.nanoTime() - start) / 1e9);
        return agreements;
    }

    /**
     * Fails the trial unless {@link BenchAgreements#ALLOWED} is allowed by {@code allowing} and
     * {@link BenchAgreements#REFUSED} is refused, with {@code reasons} reasons when that is not -1.
     */
    private static void expect(Eligibility eligibility, AgreementId allowing, int reasons) {
        EligibilityOutcome allowed = eligibility.check(BenchAgreements.ALLOWED);
        if (!(allowed instanceof Allowed yes) || !yes.agreement().equals(new AgreementRef(allowing, 1))) {
            throw new IllegalStateException("expected " + BenchAgreements.ALLOWED + " to be allowed by " + allowing
                    + ", got " + allowed);
        }
        EligibilityOutcome refused = eligibility.check(BenchAgreements.REFUSED);
        if (!(refused instanceof NotAllowed no) || (reasons >= 0 && no.reasons().size() != reasons)) {
            throw new IllegalStateException("expected " + BenchAgreements.REFUSED + " to be refused for " + reasons
                    + " reasons, got " + refused);
        }
        System.out.println("eligibility: refused request gets " + no.reasons().size() + " reasons");
    }
}

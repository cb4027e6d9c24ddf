package org.crossings.tlog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrderedFetchesTest {

    private static final List<TileResource> PLAN =
            LongStream.range(0, 40).mapToObj(i -> TileResource.bundle(i, 256)).toList();

    @Test
    void results_come_in_plan_order_although_earlier_fetches_finish_later() {
        List<Long> order = new ArrayList<>();
        try (OrderedFetches<Long> fetches = new OrderedFetches<>(OrderedFetchesTest::slowerForEarlier, PLAN, 8)) {
            while (fetches.hasNext()) {
                order.add(fetches.next());
            }
        }

        assertThat(order).containsExactlyElementsOf(LongStream.range(0, 40).boxed().toList());
    }

    @Test
    void a_failed_fetch_is_rethrown_at_its_place_in_the_plan() {
        try (OrderedFetches<Long> fetches = new OrderedFetches<>(resource -> {
            if (resource.index() == 3) {
                throw new IllegalStateException("bundle 3 failed");
            }
            return resource.index();
        }, PLAN, 4)) {
            assertThat(List.of(fetches.next(), fetches.next(), fetches.next())).containsExactly(0L, 1L, 2L);
            assertThatThrownBy(fetches::next).isInstanceOf(IllegalStateException.class).hasMessage("bundle 3 failed");
        }
    }

    @Test
    void no_more_than_four_fetches_per_worker_run_ahead_of_the_consumer() {
        AtomicInteger started = new AtomicInteger();
        try (OrderedFetches<Long> fetches = new OrderedFetches<>(resource -> {
            started.incrementAndGet();
            return resource.index();
        }, PLAN, 2)) {
            fetches.next();
        }

        assertThat(started.get()).isLessThanOrEqualTo(8);
    }

    private static long slowerForEarlier(TileResource resource) {
        try {
            Thread.sleep(40 - resource.index());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return resource.index();
    }
}

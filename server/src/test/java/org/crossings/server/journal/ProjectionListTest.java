package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.server.journal.ProjectionList.listed;

import org.junit.jupiter.api.Test;

class ProjectionListTest {

    private record Named(String name) implements Projection {
        @Override
        public void apply(Recorded entry) {
        }

        @Override
        public void reset() {
        }
    }

    private static final Projection PARTIES = new Named("parties");
    private static final Projection PLACES = new Named("places");
    private static final Projection AGREEMENTS = new Named("agreements");

    @Test
    void projections_are_given_each_entry_in_the_order_they_are_listed() {
        ProjectionList list = ProjectionList.of(listed(PARTIES), listed(PLACES), listed(AGREEMENTS, PARTIES, PLACES));

        assertThat(list.inOrder()).containsExactly(PARTIES, PLACES, AGREEMENTS);
    }

    @Test
    void a_projection_listed_before_one_it_depends_on_is_refused_naming_both() {
        assertThatThrownBy(() -> ProjectionList.of(listed(PARTIES), listed(AGREEMENTS, PARTIES, PLACES),
                listed(PLACES)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("projection agreements is listed before places, which it depends on: list places first");
    }

    @Test
    void a_projection_listed_twice_is_refused() {
        assertThatThrownBy(() -> ProjectionList.of(listed(PARTIES), listed(PARTIES)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("parties is listed twice");
    }
}

package org.crossings.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.crossings.tlog.client.TileResource;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;
import org.junit.jupiter.api.Test;

class AuditPlanTest {

    private static List<String> plan(long size) {
        return StreamSupport.stream(new AuditPlan(size).spliterator(), false).map(TileResource::path).toList();
    }

    @Test
    void the_plan_fetches_exactly_the_tiles_and_bundles_tlog_tiles_defines_for_the_size() {
        for (long size : new long[] {0, 1, 255, 256, 257, 3000, 65_535, 65_536, 65_537, 70_000, 16_777_217}) {
            List<String> defined = new ArrayList<>();
            TileLayout.tiles(size).stream().map(TilePath::path).forEach(defined::add);
            TileLayout.entryBundles(size).stream().map(EntryBundlePath::path).forEach(defined::add);

            List<String> planned = plan(size);

            assertThat(planned).as("size %d", size).hasSameSizeAs(defined);
            assertThat(planned.stream().sorted().toList()).as("size %d", size)
                    .isEqualTo(defined.stream().sorted().toList());
        }
    }

    @Test
    void each_bundle_is_followed_by_its_level_0_tile_and_the_tiles_it_completes() {
        assertThat(plan(65_537).subList(510, 516)).containsExactly(
                "tile/entries/255", "tile/0/255", "tile/1/000", "tile/entries/256.p/1", "tile/0/256.p/1",
                "tile/2/000.p/1"); // 65,537 leaves: level 1 holds exactly one full tile
        assertThat(plan(300)).containsExactly("tile/entries/000", "tile/0/000", "tile/entries/001.p/44", "tile/0/001.p/44",
                "tile/1/000.p/1");
    }

    @Test
    void index_paths_are_written_in_groups_of_three_digits() {
        assertThat(TileResource.tile(0, 1_234_067, 8).path()).isEqualTo("tile/0/x001/x234/067.p/8");
        assertThat(TileResource.bundle(1_234_067, 256).path()).isEqualTo("tile/entries/x001/x234/067");
    }
}

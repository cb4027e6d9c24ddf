package org.crossings.server.agreement;

import java.util.List;
import java.util.Objects;

/**
 * The consignments an agreement lets cross: of one of the categories, and, where the terms say so, only
 * humanitarian ones, only goods in the listed HS chapters and only in the listed vehicles.
 *
 * @param hsChapters the 2-digit HS chapters allowed, or an empty list for goods of any chapter
 * @param vehicles   the vehicles allowed, or an empty list for any vehicle
 */
public record Goods(List<GoodsCategory> categories, List<HsCode> hsChapters, boolean humanitarianOnly,
                    List<VehicleKind> vehicles) {

    public Goods {
        categories = List.copyOf(Objects.requireNonNull(categories, "goods.categories"));
        hsChapters = List.copyOf(Objects.requireNonNull(hsChapters, "goods.hsChapters"));
        vehicles = List.copyOf(Objects.requireNonNull(vehicles, "goods.vehicles"));
        Travellers.requireNonEmptyAndUnique("goods.categories", categories);
        for (int i = 0; i < hsChapters.size(); i++) {
            if (!hsChapters.get(i).isChapter()) {
                throw new IllegalArgumentException("goods.hsChapters[" + i + "] \"" + hsChapters.get(i)
                        + "\" is not a 2-digit HS chapter");
            }
        }
        if (!hsChapters.isEmpty()) {
            Travellers.requireNonEmptyAndUnique("goods.hsChapters", hsChapters);
        }
        if (!vehicles.isEmpty()) {
            Travellers.requireNonEmptyAndUnique("goods.vehicles", vehicles);
        }
    }
}

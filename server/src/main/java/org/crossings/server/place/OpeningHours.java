package org.crossings.server.place;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** When a post is open, per weekday in the post's local time; a day without hours is a closed day. */
public record OpeningHours(Map<DayOfWeek, Hours> days) {

    public OpeningHours {
        Objects.requireNonNull(days, "opening hours");
        days = days.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(days));
    }

    /** Open around the clock on every day. */
    public static OpeningHours always() {
        Map<DayOfWeek, Hours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, Hours.of("00:00", "23:59:59.999999999"));
        }
        return new OpeningHours(days);
    }

    public boolean isOpen(LocalDateTime local) {
        Hours hours = days.get(local.getDayOfWeek());
        return hours != null && hours.contains(local.toLocalTime());
    }
}

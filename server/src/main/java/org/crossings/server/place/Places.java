package org.crossings.server.place;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The posts, crossing points and routes known to this system. Agreements may only open passages found here.
 *
 * <p>Implementations MUST NOT change a passage's posts once an agreement names it: signatures cover the ids only.
 */
public interface Places {

    Optional<Post> post(PostCode code);

    Optional<Passage> passage(PassageId id);

    List<Post> posts();

    List<Passage> passages();

    /** An immutable set of places; codes and ids MUST be unique. */
    static Places of(Collection<Post> posts, Collection<? extends Passage> passages) {
        Map<PostCode, Post> postsByCode = unique(posts, Post::code, "post code");
        Map<PassageId, Passage> passagesById = unique(passages, Passage::id, "passage id");
        return new Places() {
            @Override
            public Optional<Post> post(PostCode code) {
                return Optional.ofNullable(postsByCode.get(code));
            }

            @Override
            public Optional<Passage> passage(PassageId id) {
                return Optional.ofNullable(passagesById.get(id));
            }

            @Override
            public List<Post> posts() {
                return List.copyOf(postsByCode.values());
            }

            @Override
            public List<Passage> passages() {
                return List.copyOf(passagesById.values());
            }
        };
    }

    private static <K, V> Map<K, V> unique(Collection<? extends V> values, Function<V, K> key, String what) {
        Map<K, V> byKey = new LinkedHashMap<>();
        for (V value : values) {
            if (byKey.putIfAbsent(key.apply(value), value) != null) {
                throw new IllegalArgumentException(what + " \"" + key.apply(value) + "\" is used twice");
            }
        }
        return byKey;
    }
}

package org.crossings.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options of the benchmark drivers, each with a default; an unknown name is refused. */
final class Args {

    private Args() {
    }

    static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("option \"" + args[i] + "\": expected one of --"
                        + String.join(", --", defaults.keySet()) + ", each followed by a value");
            }
            options.put(name, args[++i]);
        }
        return options;
    }
}

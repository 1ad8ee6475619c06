package vn.giamngheo.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the demo year into a running local stack: {@code deploy/local/platform up} runs it unless told
 * {@code --no-demo}. Options: {@code --private-key PEM} (the stack's token key), {@code --issuer},
 * {@code --seed}, and the ports of the four services.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String key = option(args, "--private-key", null);
        if (key == null) {
            System.err.println("usage: Main --private-key .local/jwt/private.pem [--issuer giamngheo-local] [--seed 2023]"
                    + " [--ports 8081,8082,8083,8084]");
            System.exit(2);
        }
        String[] ports = option(args, "--ports", "8081,8082,8083,8084").split(",");
        Api api = new Api(Api.Services.local(Integer.parseInt(ports[0]), Integer.parseInt(ports[1]),
                Integer.parseInt(ports[2]), Integer.parseInt(ports[3])));
        Tokens tokens = new Tokens(Files.readString(Path.of(key)), option(args, "--issuer", "giamngheo-local"));
        SyntheticDistrict district = SyntheticDistrict.generate(
                Long.parseLong(option(args, "--seed", String.valueOf(SyntheticDistrict.DEFAULT_SEED))));
        long start = System.nanoTime();
        DemoLoader.Result result = new DemoLoader(api, tokens, district, line -> System.out.println("demo: " + line))
                .load();
        if (result.changedAnything()) {
            System.out.printf("demo: done in %.0f s: %d households of %d communes (%d after the 2025 reform),"
                    + " %d allocations%n", (System.nanoTime() - start) / 1e9, district.households().size(),
                    district.communes().size(), district.successors().size(), result.allocations().size());
        } else {
            System.out.println("demo: the demo year was loaded already; nothing changed.");
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

package vn.giamngheo.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the demo years of the synthetic province into a running local stack: {@code deploy/local/platform up} runs it
 * unless told {@code --no-demo}. Options: {@code --private-key PEM} (the stack's token key), {@code --issuer},
 * {@code --seed}, {@code --size full|few} (the province's own size, or a few households per commune),
 * {@code --parallel N} (communes loaded at a time) and the ports of the four services.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String key = option(args, "--private-key", null);
        if (key == null) {
            System.err.println("usage: Main --private-key .local/jwt/private.pem [--issuer giamngheo-local] [--seed 2023]"
                    + " [--size full|few] [--parallel 3] [--ports 8081,8082,8083,8084]");
            System.exit(2);
        }
        String[] ports = option(args, "--ports", "8081,8082,8083,8084").split(",");
        Api api = new Api(Api.Services.local(Integer.parseInt(ports[0]), Integer.parseInt(ports[1]),
                Integer.parseInt(ports[2]), Integer.parseInt(ports[3])));
        Tokens tokens = new Tokens(Files.readString(Path.of(key)), option(args, "--issuer", "giamngheo-local"));
        SyntheticProvince province = SyntheticProvince.generate(
                Long.parseLong(option(args, "--seed", String.valueOf(SyntheticProvince.DEFAULT_SEED))),
                SyntheticProvince.Size.valueOf(option(args, "--size", "full").toUpperCase(java.util.Locale.ROOT)));
        long start = System.nanoTime();
        DemoLoader.Result result = new DemoLoader(api, tokens, province, line -> System.out.println("demo: " + line),
                Integer.parseInt(option(args, "--parallel", String.valueOf(DemoLoader.PARALLELISM)))).load();
        if (result.changedAnything()) {
            System.out.printf("demo: done in %.0f s: %d households registered in %d communes of %d districts (%d"
                    + " communes and wards after the 2025 reform), %d allocations%n", (System.nanoTime() - start) / 1e9,
                    province.households().size(), province.communes().size(), province.districts().size(),
                    province.successors().size(), result.allocations().size());
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

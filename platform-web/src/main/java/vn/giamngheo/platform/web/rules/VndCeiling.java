package vn.giamngheo.platform.web.rules;

import java.util.OptionalLong;

/**
 * The largest sum of money the platform accepts: 10^15 đồng (a million billion), two orders of magnitude above the
 * whole national program's budget for 2021–2025 and far below what a {@code long} holds, so that no sum of accepted
 * amounts can overflow unnoticed. An amount above it is a typing error to report, not a figure to store.
 */
public final class VndCeiling {

    public static final long MAX_VND = 1_000_000_000_000_000L;
    public static final String MESSAGE = "must be at most 1,000,000,000,000,000 đồng (10^15)";

    private VndCeiling() {
    }

    /**
     * The sum of amounts of 0 or more đồng (checked before), or empty when it would pass the ceiling; a null amount
     * counts nothing.
     */
    public static OptionalLong sum(Iterable<Long> amounts) {
        long sum = 0;
        for (Long amount : amounts) {
            if (amount == null) {
                continue;
            }
            if (amount > MAX_VND - sum) {
                return OptionalLong.empty();
            }
            sum += amount;
        }
        return OptionalLong.of(sum);
    }
}

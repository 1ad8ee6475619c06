package vn.giamngheo.household.domain;

import java.security.SecureRandom;

/**
 * Makes the pseudonymous code a household is known by outside the registry: the commune and random characters,
 * nothing about the people, and no characters that are easily misread (0/O, 1/I).
 */
public final class HouseholdCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private HouseholdCodes() {
    }

    public static String next(String communeCode) {
        StringBuilder sb = new StringBuilder(communeCode).append('-');
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}

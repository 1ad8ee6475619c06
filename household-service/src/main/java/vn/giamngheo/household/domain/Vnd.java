package vn.giamngheo.household.domain;

/** Writes amounts for people: 1.500.000 đồng in Vietnamese, VND 1,500,000 in English. */
public final class Vnd {

    private Vnd() {
    }

    public static String vi(long amount) {
        return group(amount, '.') + " đồng";
    }

    public static String en(long amount) {
        return "VND " + group(amount, ',');
    }

    private static String group(long amount, char separator) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder sb = new StringBuilder(amount < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}

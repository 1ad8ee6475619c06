package vn.giamngheo.plan.domain;

/** Writes amounts the way the plan's readers write them: 7.206.000.000 đồng. */
public final class Vnd {

    private Vnd() {
    }

    public static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + sb + " đồng";
    }
}

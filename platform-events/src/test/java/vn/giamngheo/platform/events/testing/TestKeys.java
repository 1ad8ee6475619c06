package vn.giamngheo.platform.events.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Keys no earlier test has used: units of the test province (code 99, in {@code refdata/test-units.csv}) and years,
 * handed out from sequences in the database {@code giamngheo_test_keys}, which every module's tests share and which
 * lives as long as their databases do. A test that takes its units here writes about units and years of its own, so
 * it passes on the same databases run after run, whatever the other tests of the suite or of earlier runs wrote.
 *
 * <p>The province's districts 990–994 are cut into communes for {@link #commune()}, {@link #ward()} and
 * {@link #reform()}; districts 995–999 are handed out whole, with a year, by {@link #districtYear()}, so that a
 * district's report sums only what its own test wrote.
 *
 * <p>A list starts from the list of the year before, so a test of a poverty report must find nothing written about
 * earlier years of its units: {@link #districtYearWithoutPast()} and {@link #year()} hand years out downwards, two
 * apart, so that earlier runs only wrote about later years.
 */
public final class TestKeys {

    public static final String PROVINCE = "99";
    private static final int COMMUNE_DISTRICTS = 5;
    private static final int RURAL_PER_DISTRICT = 70;
    private static final int WARDS_PER_DISTRICT = 10;
    private static final int REFORMS_PER_DISTRICT = 10;
    private static final int FIRST_DISTRICT_YEAR = 2031;
    private static final int DISTRICT_YEARS = 70;
    /** The last year whose report of the year after the services still give (a province's overview: 2099). */
    private static final int LAST_YEAR = 2098;
    private static final int DISTRICT_TIMELINES = 34;
    /** Years of real units after the 2025 reform: 2098, 2096, … down to 2028, whose list starts from that of 2027. */
    private static final int REAL_UNIT_YEARS = 36;

    /** A district of the test province with a plan year of its own, its communes included. */
    public record DistrictYear(String district, int year) {

        /** The district's {@code n}th commune (0–79 rural, 80–99 urban), code 99DNN. */
        public String commune(int n) {
            if (n < 0 || n > 99) {
                throw new IllegalArgumentException("a district of the test province has communes 0-99");
            }
            return district + String.format("%02d", n);
        }
    }

    /**
     * A town of the test province that became a rural commune under the province on 2025-07-01 (as Cao Bằng's
     * towns did), and the commune whose land it took in then, which ended on 2025-06-30.
     */
    public record Reform(String successor, String predecessor) {
    }

    private TestKeys() {
    }

    /** A rural commune (xã) of the test province, valid in every year, that no earlier call has returned. */
    public static String commune() {
        long n = next("commune_keys", (long) COMMUNE_DISTRICTS * RURAL_PER_DISTRICT, "rural communes");
        return "99" + (n % COMMUNE_DISTRICTS) + String.format("%02d", n / COMMUNE_DISTRICTS);
    }

    /** An urban ward (phường) of the test province, valid in every year, that no earlier call has returned. */
    public static String ward() {
        long n = next("ward_keys", (long) COMMUNE_DISTRICTS * WARDS_PER_DISTRICT, "urban wards");
        return "99" + (n % COMMUNE_DISTRICTS) + String.format("%02d", RURAL_PER_DISTRICT + n / COMMUNE_DISTRICTS);
    }

    /** A town and the commune it took in at the 2025 reform, that no earlier call has returned. */
    public static Reform reform() {
        long n = next("reform_keys", (long) COMMUNE_DISTRICTS * REFORMS_PER_DISTRICT, "reformed towns");
        int nn = RURAL_PER_DISTRICT + WARDS_PER_DISTRICT + (int) (n / COMMUNE_DISTRICTS);
        String district = "99" + (n % COMMUNE_DISTRICTS);
        return new Reform(district + String.format("%02d", nn), district + String.format("%02d", nn + 10));
    }

    /**
     * A district of the test province (995–999) and a year (2031–2100) that no earlier call has returned together:
     * for plans and money, which are the year's alone.
     */
    public static DistrictYear districtYear() {
        int districts = 10 - COMMUNE_DISTRICTS;
        long n = next("district_year_keys", (long) districts * DISTRICT_YEARS, "district years");
        return new DistrictYear("99" + (COMMUNE_DISTRICTS + n % districts), FIRST_DISTRICT_YEAR + (int) (n / districts));
    }

    /**
     * A district of the test province (995–999) and a year (2032–2098) such that no earlier call of this method has
     * returned the district with that year or an earlier one: the test may write about the year and the year after,
     * and its poverty reports start from nothing. Drawn apart from {@link #districtYear()}: the reporting tests,
     * which use it, read topics and a database of their own.
     */
    public static DistrictYear districtYearWithoutPast() {
        int districts = 10 - COMMUNE_DISTRICTS;
        long n = next("district_timeline_keys", (long) districts * DISTRICT_TIMELINES, "district timelines");
        return new DistrictYear("99" + (COMMUNE_DISTRICTS + n % districts), LAST_YEAR - 2 * (int) (n / districts));
    }

    /**
     * A year after the 2025 reform (2028–2098) such that no earlier call has returned it or an earlier one: for a
     * test about real units (Trùng Khánh's successor communes), which may write about the year and the year before.
     */
    public static int year() {
        return LAST_YEAR - 2 * (int) next("real_unit_year_keys", REAL_UNIT_YEARS, "years after the reform");
    }

    private static synchronized long next(String sequence, long capacity, String what) {
        Properties login = new Properties();
        login.put("user", env("GIAMNGHEO_TEST_KEYS_USER", "giamngheo_test"));
        login.put("password", env("GIAMNGHEO_TEST_KEYS_PASSWORD", "giamngheo_test"));
        // The driver itself, not DriverManager, which may not see it from a test's class loader.
        try (Connection c = new org.postgresql.Driver().connect(url(), login); Statement s = c.createStatement()) {
            try {
                s.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence + " MINVALUE 0 START 0");
            } catch (SQLException raced) {
                // Another module's tests created it at the same moment: it exists now.
            }
            try (ResultSet r = s.executeQuery("SELECT nextval('" + sequence + "')")) {
                r.next();
                long n = r.getLong(1);
                if (n >= capacity) {
                    throw new IllegalStateException("The test keys are used up: the " + capacity + " " + what
                            + " of the test province have all been written about by earlier runs on these databases."
                            + " Run `deploy/local/platform test` without --keep-data once: it starts them afresh.");
                }
                return n;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot draw a test key from " + url() + " (`deploy/local/platform test`"
                    + " creates that database): " + e.getMessage(), e);
        }
    }

    private static String url() {
        return "jdbc:postgresql://" + env("GIAMNGHEO_PG_HOST", "127.0.0.1") + ":" + env("GIAMNGHEO_PG_PORT", "5432")
                + "/giamngheo_test_keys";
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

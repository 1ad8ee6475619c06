package vn.giamngheo.reporting.domain;

/**
 * One cell of the movement table: the households of a commune that entered ({@code IN}) or left ({@code OUT}) the
 * poor or near-poor list of a list year, by kind of movement and DTTS group.
 */
public record Movement(String communeCode, int listYear, String status, String direction, String kind,
        boolean ethnicMinority, long households) {

    public boolean poorList() {
        return "POOR".equals(status);
    }

    public boolean inflow() {
        return "IN".equals(direction);
    }
}

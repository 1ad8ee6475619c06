package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticProvince.Household;
import vn.giamngheo.demo.SyntheticProvince.Person;

/**
 * What happens to the synthetic province's registry between reviews, after the review of late 2026 recognised the
 * list of 2027: children born, members who died, a household that splits, two households that move to another
 * commune of the province (one poor, one near-poor), and two complaints about the review's list — one upheld on a
 * re-survey (a near-poor household found poor), one dismissed. Chosen from the data alone, so the same every run, and
 * away from Trùng Khánh's communes, whose figures the README walks through. The moves and the upheld complaint amend
 * the list of 2027; the rest changes the registry only.
 */
public final class BetweenReviews {

    /** The list the changes amend: the one the review under way recognised. */
    public static final int LIST = SyntheticProvince.REVIEW_UNDER_WAY + 1;
    /** The day the changes happened and the complaints were received, after the review's decision of 27 November. */
    public static final LocalDate HAPPENED = LocalDate.of(2026, 11, 28);
    /** The day the chairs answered. */
    public static final LocalDate ANSWERED = LocalDate.of(2026, 11, 29);

    /** A household moving to another commune of the province. */
    public record Move(Household household, String from, String to, String village) {
    }

    /**
     * A complaint about the household's class on the list; {@code resurveyed}: the indicators the re-survey found it
     * lacking when upheld (then poor), null when dismissed.
     */
    public record Complaint(Household household, String commune, List<String> resurveyed) {

        public boolean upheld() {
            return resurveyed != null;
        }
    }

    /** A member born into, or dying out of, a household. */
    public record MemberChange(Household household, String commune, Person member) {
    }

    private final SyntheticProvince province;
    private final List<Move> moves = new ArrayList<>();
    private final List<Complaint> complaints = new ArrayList<>();
    private final List<MemberChange> births = new ArrayList<>();
    private final List<MemberChange> deaths = new ArrayList<>();
    private MemberChange split;

    private BetweenReviews(SyntheticProvince province) {
        this.province = province;
    }

    public static BetweenReviews of(SyntheticProvince province) {
        BetweenReviews b = new BetweenReviews(province);
        Set<String> trungKhanh = new HashSet<>();
        province.communesOf(DemoLoader.PLAN_UNIT).forEach(c -> trungKhanh.add(province.holder(c.code(), LIST)));
        List<Household> candidates = province.households().stream()
                .filter(h -> h.statusOnList(LIST) != null && h.surveys().containsKey(LIST - 1))
                .filter(h -> !trungKhanh.contains(b.commune(h)))
                .sorted(Comparator.comparing(Household::key)).toList();
        Set<String> used = new HashSet<>();
        String destination = province.successors().stream().map(SyntheticProvince.Commune::code)
                .filter(c -> !trungKhanh.contains(c)).sorted().findFirst().orElseThrow();
        for (Status status : List.of(Status.POOR, Status.NEAR_POOR)) {
            Household h = b.take(candidates, used, x -> x.statusOnList(LIST) == status
                    && !b.commune(x).equals(destination));
            b.moves.add(new Move(h, b.commune(h), destination, "Bản Nà Pục"));
        }
        Household upheld = b.take(candidates, used, x -> x.statusOnList(LIST) == Status.NEAR_POOR);
        b.complaints.add(new Complaint(upheld, b.commune(upheld), poorIndicators(upheld)));
        Household dismissed = b.take(candidates, used, x -> x.statusOnList(LIST) == Status.POOR);
        b.complaints.add(new Complaint(dismissed, b.commune(dismissed), null));
        for (int i = 0; i < 2; i++) {
            Household h = b.take(candidates, used, x -> true);
            Person head = h.head();
            b.births.add(new MemberChange(h, b.commune(h), new Person(head.fullName().split(" ")[0] + " Thị Mai",
                    HAPPENED.getYear(), "FEMALE", head.ethnicity(), "CHILD", false, true, null)));
        }
        for (int i = 0; i < 2; i++) {
            Household h = b.take(candidates, used, x -> x.members().stream().anyMatch(BetweenReviews::neither));
            b.deaths.add(new MemberChange(h, b.commune(h), h.members().stream().filter(BetweenReviews::neither)
                    .min(Comparator.comparingInt(Person::birthYear)).orElseThrow()));
        }
        // A child of its own family leaves; the head and the spouse, who make the household DTTS or not, stay.
        Household h = b.take(candidates, used, x -> x.members().stream().anyMatch(BetweenReviews::neither));
        b.split = new MemberChange(h, b.commune(h), h.members().stream().filter(BetweenReviews::neither)
                .max(Comparator.comparingInt(Person::birthYear)).orElseThrow());
        return b;
    }

    /** The commune that holds the household on the list. */
    public String commune(Household h) {
        return province.holder(h.communeCode(), LIST);
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    public List<Complaint> complaints() {
        return List.copyOf(complaints);
    }

    public Optional<Complaint> upheld() {
        return complaints.stream().filter(Complaint::upheld).findFirst();
    }

    public List<MemberChange> births() {
        return List.copyOf(births);
    }

    public List<MemberChange> deaths() {
        return List.copyOf(deaths);
    }

    /** The member who leaves to head a household of their own. */
    public MemberChange split() {
        return split;
    }

    /** The household's class on the list once the changes are made. */
    public Status statusOnList(Household h) {
        return upheld().filter(c -> c.household().key().equals(h.key())).map(c -> Status.POOR)
                .orElse(h.statusOnList(LIST));
    }

    /** The indicators its latest survey (or the upheld complaint's re-survey) found the household lacking. */
    public List<String> lacking(Household h) {
        return upheld().filter(c -> c.household().key().equals(h.key())).map(Complaint::resurveyed)
                .orElse(h.surveys().get(LIST - 1).deprivedIndicators());
    }

    /** Neither the head nor the spouse. */
    private static boolean neither(Person p) {
        return !p.relation().equals("HEAD") && !p.relation().equals("SPOUSE");
    }

    /** The near-poor household's indicators and as many more of the standard's as make it poor. */
    private static List<String> poorIndicators(Household h) {
        Standard standard = Standard.forList(LIST);
        List<String> lacking = new ArrayList<>(h.surveys().get(LIST - 1).deprivedIndicators());
        for (String indicator : standard.indicators()) {
            if (lacking.size() >= standard.deprivationCutoff()) {
                break;
            }
            if (!lacking.contains(indicator)) {
                lacking.add(indicator);
            }
        }
        return List.copyOf(lacking);
    }

    private Household take(List<Household> candidates, Set<String> used, Predicate<Household> wanted) {
        Household h = candidates.stream().filter(x -> !used.contains(x.key())).filter(wanted).findFirst()
                .orElseThrow(() -> new IllegalStateException("the synthetic province has no household left for the"
                        + " changes between reviews"));
        used.add(h.key());
        return h;
    }
}

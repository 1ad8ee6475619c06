package vn.giamngheo.household.dci;

import java.util.List;

/** A search condition over the registry's households, whichever of the DCI query types it was written in. */
public sealed interface Criterion {

    enum Op {
        EQ, NE, LT, LE, GT, GE, IN
    }

    record All(List<Criterion> parts) implements Criterion {
    }

    record Any(List<Criterion> parts) implements Criterion {
    }

    record Not(Criterion part) implements Criterion {
    }

    /** The attribute compared with the values (one, or several for IN), already of the attribute's type. */
    record Compare(RegistryAttribute attribute, Op op, List<Object> values) implements Criterion {
    }

    /** The attributes the condition reads, for the check that the caller may search by them. */
    static void attributes(Criterion c, java.util.Set<RegistryAttribute> into) {
        if (c instanceof All all) {
            all.parts().forEach(p -> attributes(p, into));
        } else if (c instanceof Any any) {
            any.parts().forEach(p -> attributes(p, into));
        } else if (c instanceof Not not) {
            attributes(not.part(), into);
        } else if (c instanceof Compare cmp) {
            into.add(cmp.attribute());
        }
    }
}

package org.mrc.casework.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mrc.casework.generator.OfficeTree;

/**
 * Who asks for reports in the benchmark: mostly analysts, about any office of the province or all of it, and now and
 * then the coordinator of a district about their district or one of its desks (their token names their office, so the
 * service scopes them to that subtree).
 */
final class Callers {

    /** {@code label} names the caller (role and district) for the benchmark's output; no token text. */
    record Call(String token, String office, String label) {}

    private final String analyst;
    private final List<String> coordinators = new ArrayList<>();

    Callers(BenchStack stack) {
        analyst = stack.token("analyst", null);
        for (int district = 1; district <= OfficeTree.DISTRICTS; district++) {
            coordinators.add(stack.token("coordinator", OfficeTree.code(district)));
        }
    }

    Call next(Random random) {
        if (random.nextInt(5) == 0) {
            int district = 1 + random.nextInt(OfficeTree.DISTRICTS);
            List<String> subtree = new ArrayList<>(List.of(OfficeTree.code(district)));
            for (int office = OfficeTree.DISTRICTS + 1; office < OfficeTree.OFFICES; office++) {
                if (OfficeTree.parent(office) == district) {
                    subtree.add(OfficeTree.code(office));
                }
            }
            String office = random.nextInt(4) == 0 ? null : subtree.get(random.nextInt(subtree.size()));
            return new Call(coordinators.get(district - 1), office, "coordinator of " + OfficeTree.code(district));
        }
        String office = random.nextInt(10) == 0 ? null : OfficeTree.code(random.nextInt(OfficeTree.OFFICES));
        return new Call(analyst, office, "analyst");
    }
}

// Lab 2, part "gc": binary trees allocated and dropped many times over within a small heap; one long-lived tree
// and strings held in an array must stay intact through every collection.
public class Trees {
    static final class Tree {
        final Tree left;
        final Tree right;
        final String label;

        Tree(Tree left, Tree right, String label) {
            this.left = left;
            this.right = right;
            this.label = label;
        }

        int check() {
            return 1 + (left == null ? 0 : left.check()) + (right == null ? 0 : right.check()) + label.length();
        }
    }

    static Tree make(int depth) {
        return depth == 0 ? new Tree(null, null, "leaf") : new Tree(make(depth - 1), make(depth - 1), "node" + depth);
    }

    public static void main(String[] args) {
        Tree longLived = make(10);
        String[] labels = new String[32];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = "label-" + i * i;
        }
        for (int depth = 4; depth <= 12; depth += 2) {
            int iterations = 1 << (14 - depth);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += make(depth).check();
            }
            System.out.println(iterations + " trees of depth " + depth + " check " + check);
        }
        StringBuilder joined = new StringBuilder();
        for (String label : labels) {
            joined.append(label.charAt(label.length() - 1));
        }
        System.out.println("long lived tree check " + longLived.check() + " labels " + joined);
    }
}

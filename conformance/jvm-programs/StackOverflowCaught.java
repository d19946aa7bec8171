public class StackOverflowCaught {
    static int depth;

    static int recurse(int n) {
        depth++;
        return recurse(n + 1) + 1;
    }

    static long deepButFine(int n) {
        return n == 0 ? 0 : 1 + deepButFine(n - 1);
    }

    public static void main(String[] args) {
        try {
            recurse(0);
        } catch (StackOverflowError e) {
            System.out.println("caught " + e.getClass().getName() + " message=" + e.getMessage() + " deep=" + (depth > 1000));
        }
        depth = 0;
        try {
            recurse(0);
        } catch (StackOverflowError e) {
            System.out.println("caught again " + (depth > 1000));
        }
        System.out.println(deepButFine(2000));
        try {
            Object[] self = new Object[1];
            self[0] = self;
            System.out.println(java.util.Arrays.deepToString(self));
            java.util.List<Object> list = new java.util.ArrayList<>();
            list.add(list);
            System.out.println(list);
            System.out.println(list.hashCode());
        } catch (StackOverflowError e) {
            System.out.println("hashCode of self-containing list overflowed");
        }
    }
}

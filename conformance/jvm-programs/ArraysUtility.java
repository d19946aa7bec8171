import java.util.*;

public class ArraysUtility {
    public static void main(String[] args) {
        int[] a = { 5, 3, 9, 1, 7, 3 };
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted) + " " + Arrays.binarySearch(sorted, 7) + " " + Arrays.binarySearch(sorted, 4));
        Arrays.sort(a, 1, 4);
        System.out.println(Arrays.toString(a));
        long[] l = new long[4];
        Arrays.fill(l, 7L);
        Arrays.fill(l, 1, 3, -1L);
        System.out.println(Arrays.toString(l) + " " + Arrays.hashCode(l) + " " + Arrays.hashCode(new int[] { 1, 2, 3 }));
        String[] words = { "pear", "Apple", "fig", "banana" };
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(words));
        List<String> view = Arrays.asList(words);
        view.set(0, "kiwi");
        System.out.println(words[0] + " " + view.size() + " " + view.contains("fig"));
        try {
            view.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: " + e.getClass().getSimpleName());
        }
        System.out.println(Arrays.equals(new int[] { 1 }, new int[] { 1 }) + " " + Arrays.deepEquals(new int[][] { { 1 } }, new int[][] { { 1 } }) + " " + Arrays.compare(new int[] { 1, 2 }, new int[] { 1, 3 }) + " " + Arrays.mismatch(new int[] { 1, 2, 3 }, new int[] { 1, 2, 4 }));
        double[] ds = { 3.5, -0.0, 0.0, Double.NaN, -1 };
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        Integer[] boxed = { 3, 1, 2 };
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed) + " " + Arrays.stream(a).sum() + " " + Arrays.asList(1, 2, 3));
        int[] squares = new int[6];
        Arrays.setAll(squares, i -> i * i);
        System.out.println(Arrays.toString(squares));
        char[] big = new char[100];
        for (int i = 0; i < big.length; i++) big[i] = (char) ('a' + (i * 7) % 26);
        Arrays.sort(big);
        System.out.println(new String(big, 0, 20));
        int[] many = new int[500];
        for (int i = 0; i < many.length; i++) many[i] = (i * 7919) % 1000 - 500;
        Arrays.sort(many);
        System.out.println(many[0] + " " + many[250] + " " + many[499]);
    }
}
